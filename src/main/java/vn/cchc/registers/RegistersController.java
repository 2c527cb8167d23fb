package vn.cchc.registers;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.org.CurrentUser;

/** The landing page linking the registers of the recurring PAR duties. */
@Controller
class RegistersController {

    @GetMapping("/registers")
    String landing(@AuthenticationPrincipal CurrentUser me) {
        me.requireCommune();
        return "registers/index";
    }
}
