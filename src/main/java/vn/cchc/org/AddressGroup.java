package vn.cchc.org;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.shared.CleanText;

/**
 * The client address the login throttle counts failures of: an IPv4 address itself, an IPv6 address by its /64
 * network ("2001:db8:1:2::/64"), because a client picks any address of its /64 at will. Parsed by hand: a text that
 * is no IP address must never reach a DNS lookup. Anything else is kept cleaned ({@link CleanText}) and cut to the
 * column's 64 characters.
 */
final class AddressGroup {

    private static final int MAX_LENGTH = 64;
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    private AddressGroup() {
    }

    static String of(String remoteAddress) {
        String address = remoteAddress == null ? "" : remoteAddress;
        int[] groups = address.indexOf(':') < 0 ? null : ipv6(address);
        if (groups == null) {
            return CleanText.clean(address, MAX_LENGTH);
        }
        if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && groups[5] == 0xffff) {
            // An IPv4 client seen through an IPv6 socket or proxy ("::ffff:192.0.2.1") is that IPv4 address.
            return (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff);
        }
        return String.format("%x:%x:%x:%x::/64", groups[0], groups[1], groups[2], groups[3]);
    }

    /** The eight 16-bit groups of an IPv6 address in text form (a zone such as "%eth0" ignored), or null. */
    private static int[] ipv6(String text) {
        int zone = text.indexOf('%');
        String address = zone < 0 ? text : text.substring(0, zone);
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        List<Integer> head = groups(gap < 0 ? address : address.substring(0, gap), gap < 0);
        List<Integer> tail = gap < 0 ? List.of() : groups(address.substring(gap + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int missing = 8 - head.size() - tail.size();
        if (gap < 0 ? missing != 0 : missing < 1) {
            return null;
        }
        int[] groups = new int[8];
        for (int i = 0; i < head.size(); i++) {
            groups[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            groups[8 - tail.size() + i] = tail.get(i);
        }
        return groups;
    }

    /** Colon-separated hex groups; the last may be a dotted IPv4 address (two groups) where the address ends. */
    private static List<Integer> groups(String text, boolean endsAddress) {
        List<Integer> groups = new ArrayList<>();
        if (text.isEmpty()) {
            return groups;
        }
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            Matcher ipv4 = IPV4.matcher(parts[i]);
            if (endsAddress && i == parts.length - 1 && ipv4.matches()) {
                int[] bytes = new int[4];
                for (int b = 0; b < 4; b++) {
                    bytes[b] = Integer.parseInt(ipv4.group(b + 1));
                    if (bytes[b] > 255) {
                        return null;
                    }
                }
                groups.add(bytes[0] << 8 | bytes[1]);
                groups.add(bytes[2] << 8 | bytes[3]);
            } else if (HEX_GROUP.matcher(parts[i]).matches()) {
                groups.add(Integer.parseInt(parts[i], 16));
            } else {
                return null;
            }
        }
        return groups;
    }
}
