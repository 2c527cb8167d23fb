package vn.cchc.plan;

/** One of the reform areas (lĩnh vực) that group targets and tasks, e.g. "III – Cải cách thủ tục hành chính". */
public record ReformArea(String code, int ordinal, String name) {
}
