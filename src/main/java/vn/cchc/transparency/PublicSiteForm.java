package vn.cchc.transparency;

import jakarta.validation.constraints.Size;

/** The public-site settings form; texts are trimmed, origins checked by {@link FrameAncestors}. */
public class PublicSiteForm {

    private boolean enabled = true;
    @Size(max = 2000)
    private String frameAncestors = "";
    @Size(max = 300)
    private String officeAddress = "";
    @Size(max = 40)
    private String hotline = "";
    @Size(max = 300)
    private String onlinePortalUrl = "";

    static PublicSiteForm of(PublicSite s) {
        PublicSiteForm f = new PublicSiteForm();
        f.enabled = s.enabled();
        f.frameAncestors = String.join("\n", s.frameAncestors());
        f.officeAddress = s.officeAddress();
        f.hotline = s.hotline();
        f.onlinePortalUrl = s.onlinePortalUrl();
        return f;
    }

    private static String clean(String s) {
        return s == null ? "" : s.trim();
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getFrameAncestors() { return frameAncestors; }
    public void setFrameAncestors(String frameAncestors) { this.frameAncestors = clean(frameAncestors); }
    public String getOfficeAddress() { return officeAddress; }
    public void setOfficeAddress(String officeAddress) { this.officeAddress = clean(officeAddress); }
    public String getHotline() { return hotline; }
    public void setHotline(String hotline) { this.hotline = clean(hotline); }
    public String getOnlinePortalUrl() { return onlinePortalUrl; }
    public void setOnlinePortalUrl(String onlinePortalUrl) { this.onlinePortalUrl = clean(onlinePortalUrl); }
}
