/**
 * The chairman's summary ({@code /summary}): on one screen the current plan's completion and the units behind it,
 * the PAR Index standing, the 766 score and its trend, and what awaits the chairman (plans sent for issuing, an
 * assessment to approve, explanations the province asked for). It only reads the other modules' public APIs and
 * nothing reads it.
 */
@ApplicationModule(allowedDependencies = {"calendar", "dossier", "org", "parindex", "plan", "shared"})
package vn.cchc.summary;

import org.springframework.modulith.ApplicationModule;
