/**
 * PAKN (phản ánh, kiến nghị): the feedback and petitions a commune receives, how and when each was answered and
 * published, the period's handling figures and the deadline rule behind them (docs/reference/domain.md §6). The
 * dossier module reads the figures for the 766 score card through {@link vn.cchc.pakn.PaknService#figures}; an item
 * names a dossier by its code only, so this module depends on no other feature module. Its table {@code pakn} was
 * created by db/migration/dossier/V1_8__dossier.sql (left as applied); future PAKN migrations go under
 * db/migration/pakn (Flyway scans db/migration and its folders). Its messages are i18n/pakn*.properties.
 */
@ApplicationModule(allowedDependencies = {"calendar", "org", "shared"})
package vn.cchc.pakn;

import org.springframework.modulith.ApplicationModule;
