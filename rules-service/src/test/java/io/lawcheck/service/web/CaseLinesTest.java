package io.lawcheck.service.web;

import com.fasterxml.jackson.databind.ObjectReader;
import io.lawcheck.service.config.ServiceJson;
import io.lawcheck.service.web.CaseLines.Parsed;
import io.lawcheck.service.web.dto.StepDto;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading NDJSON as bytes: lines end where BufferedReader.readLine ends them (LF, CR, CR LF, also when a read ends
 * between CR and LF), blank lines are counted, chunks and the case limit hold, and a line that is not UTF-8 is named
 * as such instead of being decoded with replacement characters.
 */
class CaseLinesTest {
    private final CaseLines lines = new CaseLines(ServiceJson.mapper(),
            Validation.buildDefaultValidatorFactory().getValidator(), new BatchWorkers());

    /** Every chunk as (line number, text) pairs, the overflow line's number as a negative entry. */
    private List<String> read(byte[] body, int readSize, int chunkSize, int maxCases) {
        List<String> out = new ArrayList<>();
        lines.readChunks(new Trickle(body, readSize), chunkSize, maxCases, chunk -> {
            assertThat(chunk.size()).isLessThanOrEqualTo(chunkSize);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                sb.append(chunk.numbers()[i]).append('=').append(chunk.text(i)).append(' ');
            }
            if (chunk.overflow() != null) {
                sb.append("overflow@").append(chunk.overflow().line());
            }
            out.add(sb.toString().trim());
        });
        return out;
    }

    @ParameterizedTest(name = "reads of {0} bytes")
    @ValueSource(ints = {1, 2, 3, 5, 64, 1 << 16})
    void linesEndAsReadLineEndsThemWhereverAReadStops(int readSize) {
        byte[] body = "a\nb\r\nc\rd\n\n  \n\t\r\ne\r\r\nf".getBytes(StandardCharsets.UTF_8);
        // a, b, c, d, (blank 5, blank 6, blank 7), e, (blank 9), f
        assertThat(read(body, readSize, 3, 100)).containsExactly("1=a 2=b 3=c", "4=d 8=e 10=f");
    }

    @Test
    void aFinalLineBreakAddsNoLineAndCasesBeyondTheLimitGetTheOverflowLine() {
        byte[] body = "a\n\nb\nc\nd\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(body, 1 << 16, 2, 100)).containsExactly("1=a 3=b", "4=c 5=d");
        assertThat(read(body, 1 << 16, 2, 3)).containsExactly("1=a 3=b", "4=c overflow@5");
        assertThat(read(body, 1 << 16, 2, 2)).containsExactly("1=a 3=b", "overflow@4");
    }

    @Test
    void blankIsJudgedAsStringIsBlankAlsoForUnicodeSpaces() {
        // U+3000 (ideographic space) is whitespace to Character.isWhitespace; U+00A0 (no-break space) is not
        byte[] body = "\u3000\u2003 \nx\n\u00a0\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(body, 1 << 16, 10, 100)).containsExactly("2=x 3=\u00a0");
    }

    @Test
    void longLinesGrowTheChunkBuffer() {
        String a = "x".repeat(200_000);
        String b = "y".repeat(300_000);
        byte[] body = (a + "\n" + b + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(read(body, 4096, 1, 100)).containsExactly("1=" + a, "2=" + b);
    }

    @Test
    void invalidUtf8IsFoundWhereItStarts() {
        assertThat(CaseLines.invalidUtf8(bytes("{\"a\":1}"), 0, 7)).isEqualTo(-1);
        byte[] chinese = "{\"a\":\"行政处罚\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(CaseLines.invalidUtf8(chinese, 0, chinese.length)).isEqualTo(-1);
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'};
        assertThat(CaseLines.invalidUtf8(bad, 0, bad.length)).isEqualTo(6);
        assertThat(CaseLines.invalidUtf8(bad, 2, bad.length)).as("offset within the line").isEqualTo(4);
        byte[] overlong = {'x', (byte) 0xc0, (byte) 0x80};
        assertThat(CaseLines.invalidUtf8(overlong, 0, 3)).isEqualTo(1);
        byte[] surrogate = {(byte) 0xed, (byte) 0xa0, (byte) 0x80};
        assertThat(CaseLines.invalidUtf8(surrogate, 0, 3)).isEqualTo(0);
        byte[] truncated = {'x', 'y', (byte) 0xe8, (byte) 0xa1};
        assertThat(CaseLines.invalidUtf8(truncated, 0, 4)).isEqualTo(2);
        byte[] longValid = ("行".repeat(10_000) + "\u00e9").getBytes(StandardCharsets.UTF_8);
        assertThat(CaseLines.invalidUtf8(longValid, 0, longValid.length)).as("beyond one decode buffer").isEqualTo(-1);
    }

    @Test
    void aLineThatIsNotUtf8IsUnreadableAndSaysWhy() {
        ObjectReader reader = ServiceJson.mapper().readerFor(StepDto.class);
        byte[] line = {'{', '"', 'd', 'a', 't', 'e', '"', ':', '"', (byte) 0xe2, '0', '2', '3', '"', '}'};
        Parsed<StepDto> p = lines.parse(7, line, 0, line.length, reader, Function.<StepDto>identity());
        assertThat(p.ok()).isFalse();
        assertThat(p.error().line()).isEqualTo(7);
        assertThat(p.error().error().title()).isEqualTo("Unreadable JSON");
        assertThat(p.error().error().errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(FieldProblems.BODY);
            assertThat(e.reason()).isEqualTo("is not UTF-8 text: invalid byte sequence at byte 10 of the line");
        });
    }

    @Test
    void aLineIsReadFromItsBytesWithinTheChunk() {
        ObjectReader reader = ServiceJson.mapper().readerFor(StepDto.class);
        byte[] data = "xx{\"happened\":true,\"date\":\"2023-02-28\"}yy".getBytes(StandardCharsets.UTF_8);
        Parsed<StepDto> p = lines.parse(1, data, 2, data.length - 2, reader, Function.<StepDto>identity());
        assertThat(p.ok()).isTrue();
        assertThat(p.value().date()).hasToString("2023-02-28");
        Parsed<StepDto> bad = lines.parse(2, data, 2, data.length - 3, reader, Function.<StepDto>identity());
        assertThat(bad.error().error().errors().get(0).reason()).contains("ends too early");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Hands out at most {@code step} bytes per read, to cut lines (and CR LF) at every place. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream in;
        private final int step;

        Trickle(byte[] body, int step) {
            this.in = new ByteArrayInputStream(body);
            this.step = step;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, step));
        }
    }
}
