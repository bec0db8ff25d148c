package vn.giamngheo.adminunit;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.giamngheo.shared.UnitPaths;

/** The hierarchy's answer to {@link UnitPaths}, for identity and audit (decision 1111). */
@Component
class AdminUnitPaths implements UnitPaths {
    private final AdminUnitStore store;

    AdminUnitPaths(AdminUnitStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> path(long unitId) {
        return store.find(unitId).map(AdminUnit::path);
    }
}
