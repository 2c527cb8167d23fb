/**
 * Reads a signed plan document (DOCX, PDF or pasted text) into a draft plan for review: header, reform areas,
 * targets with thresholds, tasks with units and deadline phrases, and stated dates, each pointing at the source
 * lines it came from. Nothing reaches a real plan until the reviewer creates it through the plan module.
 */
@ApplicationModule(allowedDependencies = {"calendar", "org", "plan", "shared"})
package vn.cchc.planimport;

import org.springframework.modulith.ApplicationModule;
