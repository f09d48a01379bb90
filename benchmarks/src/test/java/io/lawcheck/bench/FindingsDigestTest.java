package io.lawcheck.bench;

import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.model.EnforcementCase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsDigestTest {
    private static final Checker CHECKER = Checker.of(StandardCatalog.load());

    @Test
    void theSameFilesGiveTheSameDigestAndOtherFilesAnother() throws Exception {
        List<EnforcementCase> cases = CaseGenerator.generate(200);
        long[] count = new long[1];
        String first = FindingsDigest.digest(CHECKER, cases, count);
        assertThat(count[0]).as("findings hashed").isGreaterThan(200);
        assertThat(FindingsDigest.digest(CHECKER, cases, new long[1])).isEqualTo(first).hasSize(64);
        assertThat(FindingsDigest.digest(CHECKER, cases.subList(0, 199), new long[1])).isNotEqualTo(first);
    }
}
