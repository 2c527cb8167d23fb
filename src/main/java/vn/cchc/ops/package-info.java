/**
 * Operations: who may read the actuator's health details and metrics, the request id on every log line and
 * response, and the mail health when no SMTP server is configured (docs/operations.md).
 */
@ApplicationModule(allowedDependencies = {"shared"})
package vn.cchc.ops;

import org.springframework.modulith.ApplicationModule;
