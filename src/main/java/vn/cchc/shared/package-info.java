/**
 * What every module uses and that belongs to none: form refusals and error pages, Vietnamese text and number
 * formats, time in Asia/Ho_Chi_Minh, diacritic-free search keys, checksums, uploads as services see them, XLSX tables,
 * shares kept with their counts ({@link vn.cchc.shared.Ratio}) and the embedded database. It depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package vn.cchc.shared;

import org.springframework.modulith.ApplicationModule;
