package vn.giamngheo.standard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.standard.PovertyStandards;

/**
 * The poverty standards as officials read them: lines per area, middle band, indicators, each value
 * with its confidence; values the sources do not give are shown as "not known", never as a number.
 */
@Controller
class StandardPages {
    private final PovertyStandards standards;

    StandardPages(PovertyStandards standards) {
        this.standards = standards;
    }

    @GetMapping("/standards")
    String list(Model model) {
        model.addAttribute("standards", standards.list());
        return "standards/list";
    }

    @GetMapping("/standards/{id}")
    String view(@PathVariable String id, @RequestParam(required = false) Integer version, Model model) {
        model.addAttribute("s", standards.get(id, version));
        model.addAttribute("versions", standards.versions(id));
        return "standards/view";
    }
}
