package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The throttle counts an IPv6 client by its /64 network, whichever way the address is written; IPv4 as it is. */
class AddressGroupTest {

    @Test
    void everyAddressOfOneIpv6Slash64IsCountedAsThatSlash64() {
        assertThat(AddressGroup.of("2001:db8:a:b:0:0:0:1")).isEqualTo("2001:db8:a:b::/64");
        assertThat(AddressGroup.of("2001:0DB8:000a:000b:ffff:1234:5678:9abc")).isEqualTo("2001:db8:a:b::/64");
        assertThat(AddressGroup.of("2001:db8:a:b::1")).isEqualTo("2001:db8:a:b::/64");
        assertThat(AddressGroup.of("2001:db8:a:b:1::")).isEqualTo("2001:db8:a:b::/64");
        assertThat(AddressGroup.of("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
        assertThat(AddressGroup.of("fe80:0:0:0:1:2:3:4%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(AddressGroup.of("::1")).isEqualTo("0:0:0:0::/64");
        assertThat(AddressGroup.of("64:ff9b::192.0.2.1")).isEqualTo("64:ff9b:0:0::/64");
    }

    @Test
    void anIpv4AddressIsCountedAsItselfAlsoWhenWrittenAsIpv6() {
        assertThat(AddressGroup.of("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(AddressGroup.of("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(AddressGroup.of("0:0:0:0:0:ffff:c000:201")).isEqualTo("192.0.2.1");
    }

    @Test
    void textThatIsNoIpv6AddressIsKeptCleanedAndCutTo64Characters() {
        assertThat(AddressGroup.of("1:2:3")).isEqualTo("1:2:3");
        assertThat(AddressGroup.of("1::2::3")).isEqualTo("1::2::3");
        assertThat(AddressGroup.of("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
        assertThat(AddressGroup.of("1:2:3:4:5:6:7::8")).isEqualTo("1:2:3:4:5:6:7::8");
        assertThat(AddressGroup.of("::ffff:300.0.2.1")).isEqualTo("::ffff:300.0.2.1");
        assertThat(AddressGroup.of("g::1")).isEqualTo("g::1");
        assertThat(AddressGroup.of(":" + "a".repeat(100))).hasSize(64);
        assertThat(AddressGroup.of("192.0.2.1\u0000")).isEqualTo("192.0.2.1");
        assertThat(AddressGroup.of(null)).isEmpty();
    }
}
