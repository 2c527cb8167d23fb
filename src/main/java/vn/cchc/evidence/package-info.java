/**
 * Evidence documents (minh chứng): uploads checked by content and stored durably with a checksum, a commune's
 * library, and the read access that reports, PAR criteria and document packages cite.
 */
@ApplicationModule(allowedDependencies = {"org", "shared"})
package vn.cchc.evidence;

import org.springframework.modulith.ApplicationModule;
