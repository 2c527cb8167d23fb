/**
 * Provinces, communes, units and users with their roles; sign-in, its throttling and security; the province's
 * settings that other modules read (how "Trước ngày X" is read). Other modules read the organisation through
 * {@link vn.cchc.org.OrgDirectory} and the signed-in {@link vn.cchc.org.CurrentUser}; who manages the one-stop
 * records (dossier ledger, PAKN) is {@link vn.cchc.org.OneStopAccess}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package vn.cchc.org;

import org.springframework.modulith.ApplicationModule;
