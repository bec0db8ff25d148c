package vn.giamngheo.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.Component;
import vn.giamngheo.funding.Program;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.NotFound;

/**
 * The catalogue, the content rules and the norms as one transaction reads them: each read once, on
 * first use, and kept until the transaction ends (outside a transaction, for one call). A single
 * proposal used to read the contents, components, programs and norms several times over (the
 * checks, the norm, then the names of the grant it returns); a transaction never sees a catalogue
 * change it did not make itself, and support never changes the catalogue.
 */
final class CatalogueReads {
    private static final Object KEY = CatalogueReads.class;
    private final Catalogue catalogue;
    private final GrantStore store;
    private Map<Long, SupportContent> contents;
    private Map<Long, Component> components;
    private Map<Long, Program> programs;
    private Map<Long, ContentRule> rules;
    private List<ContentRule> ruleList;
    private Norms norms;

    private CatalogueReads(Catalogue catalogue, GrantStore store) {
        this.catalogue = catalogue;
        this.store = store;
    }

    /** The reads of the current transaction, bound to it on first use; a fresh set outside one. */
    static CatalogueReads of(Catalogue catalogue, GrantStore store) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new CatalogueReads(catalogue, store);
        }
        CatalogueReads bound = (CatalogueReads) TransactionSynchronizationManager.getResource(KEY);
        if (bound != null) {
            return bound;
        }
        CatalogueReads fresh = new CatalogueReads(catalogue, store);
        TransactionSynchronizationManager.bindResource(KEY, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
        return fresh;
    }

    Map<Long, SupportContent> contents() {
        if (contents == null) {
            contents = new HashMap<>();
            catalogue.contents().forEach(c -> contents.put(c.id(), c));
        }
        return contents;
    }

    SupportContent content(long id) {
        SupportContent c = contents().get(id);
        if (c == null) {
            throw new NotFound("SupportContent", id);
        }
        return c;
    }

    Component component(long id) {
        Component c = componentOrNull(id);
        if (c == null) {
            throw new NotFound("Component", id);
        }
        return c;
    }

    private Component componentOrNull(long id) {
        if (components == null) {
            components = new HashMap<>();
            catalogue.allComponents().forEach(c -> components.put(c.id(), c));
        }
        return components.get(id);
    }

    private Program programOrNull(long id) {
        if (programs == null) {
            programs = new HashMap<>();
            catalogue.programs().forEach(p -> programs.put(p.id(), p));
        }
        return programs.get(id);
    }

    Program program(long id) {
        Program p = programOrNull(id);
        if (p == null) {
            throw new NotFound("Program", id);
        }
        return p;
    }

    /** The program that pays a content (through its component). */
    Program programOf(SupportContent c) {
        return program(component(c.componentId()).programId());
    }

    List<ContentRule> rules() {
        if (ruleList == null) {
            ruleList = store.rules();
            rules = new HashMap<>();
            ruleList.forEach(r -> rules.put(r.contentId(), r));
        }
        return ruleList;
    }

    Optional<ContentRule> rule(long contentId) {
        rules();
        return Optional.ofNullable(rules.get(contentId));
    }

    /** The norms, read once per day of a period start within this transaction. */
    Norms norms() {
        if (norms == null) {
            norms = new Norms(catalogue);
        }
        return norms;
    }

    /** The catalogue's names for the grants a call returns. */
    GrantStore.Names names() {
        return new GrantStore.Names() {
            public String content(long id) {
                SupportContent c = contents().get(id);
                return c == null ? null : c.name();
            }

            public String component(long id) {
                Component c = componentOrNull(id);
                return c == null ? null : c.name();
            }

            public String program(long id) {
                Program p = programOrNull(id);
                return p == null ? null : p.name();
            }
        };
    }
}
