package vn.cchc.shared;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says when the start-up runners (demo data among them) are done. Spring's own "Started" line comes before them,
 * while pages already answer, so scripts and operators wait for this line instead.
 */
@Component
class ReadyLog {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("cchc ready: start-up work done {} ms after the JVM started",
                ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
