package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A set's nodes in reading order (each node followed by its children), with depth and area. */
public final class CriteriaTree {

    private final List<CriteriaNode> ordered = new ArrayList<>();
    private final Map<Long, Integer> depth = new HashMap<>();
    private final Map<Long, CriteriaNode> area = new HashMap<>();
    private final Map<Long, CriteriaNode> byId = new LinkedHashMap<>();

    CriteriaTree(List<CriteriaNode> nodes) {
        Map<Long, List<CriteriaNode>> children = new HashMap<>();
        List<CriteriaNode> roots = new ArrayList<>();
        for (CriteriaNode n : nodes) {
            byId.put(n.id(), n);
            if (n.parentId() == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        java.util.Comparator<CriteriaNode> order = java.util.Comparator.comparingInt(CriteriaNode::ordinal);
        roots.sort(order);
        children.values().forEach(l -> l.sort(order));
        for (CriteriaNode root : roots) {
            walk(root, root, 1, children);
        }
    }

    private void walk(CriteriaNode node, CriteriaNode root, int level, Map<Long, List<CriteriaNode>> children) {
        ordered.add(node);
        depth.put(node.id(), level);
        area.put(node.id(), root);
        for (CriteriaNode child : children.getOrDefault(node.id(), List.of())) {
            walk(child, root, level + 1, children);
        }
    }

    public List<CriteriaNode> nodes() {
        return ordered;
    }

    public List<CriteriaNode> leaves() {
        return ordered.stream().filter(CriteriaNode::leaf).toList();
    }

    public List<CriteriaNode> areas() {
        return ordered.stream().filter(n -> n.parentId() == null).toList();
    }

    public int depth(CriteriaNode node) {
        return depth.get(node.id());
    }

    public CriteriaNode areaOf(CriteriaNode node) {
        return area.get(node.id());
    }

    public CriteriaNode node(long id) {
        return byId.get(id);
    }

    public BigDecimal totalPoints() {
        return areas().stream().map(CriteriaNode::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
