package com.gapwise.importer;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.gapwise.importer.BpmnImportException.Code;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each class of bad input gets its own error code, a location where one exists, and never a hang. */
class HostileInputTest {

    private static final String NS = "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"";
    private static final BpmnImporter IMPORTER = BpmnImporter.withDefaults();

    private static BpmnImportException failure(ThrowingCallable call) {
        Throwable[] caught = new Throwable[1];
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                call.call();
            } catch (Throwable t) {
                caught[0] = t;
            }
        });
        assertThat(caught[0]).isInstanceOf(BpmnImportException.class);
        return (BpmnImportException) caught[0];
    }

    private static BpmnImportException failure(String xml) {
        return failure(() -> IMPORTER.read(xml.getBytes(UTF_8), "in.bpmn"));
    }

    @Test
    void malformedXmlSaysWhereAndWhatWasExpected() {
        BpmnImportException e = failure("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions %s id="d">
                  <bpmn:process id="p">
                    <bpmn:task id="t" name="Check">
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(NS));

        assertThat(e.code()).isEqualTo(Code.MALFORMED_XML);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).startsWith("in.bpmn:line 5, column ").contains("bpmn:task").contains("end-tag");
    }

    @Test
    void unquotedAttributeIsMalformed() {
        BpmnImportException e = failure("<bpmn:definitions " + NS + ">\n<bpmn:process id=p/>\n</bpmn:definitions>");

        assertThat(e.code()).isEqualTo(Code.MALFORMED_XML);
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void truncatedFileIsMalformed() {
        BpmnImportException e = failure("<bpmn:definitions " + NS + ">\n<bpmn:process id=\"p\">\n<bpmn:task id=\"t\"/>\n");

        assertThat(e.code()).isEqualTo(Code.MALFORMED_XML);
        assertThat(e.line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void otherXmlIsNotBpmnAndTheRootIsNamed() {
        BpmnImportException e = failure("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");

        assertThat(e.code()).isEqualTo(Code.NOT_BPMN);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("<html>").contains("http://www.w3.org/1999/xhtml");
    }

    @Test
    void definitionsOfAnotherStandardIsNotBpmn() {
        BpmnImportException e = failure("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"x\"/>");

        assertThat(e.code()).isEqualTo(Code.NOT_BPMN);
        assertThat(e.getMessage()).contains("DMN");
    }

    @Test
    void externalFileEntityIsRefusedUnexpanded(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        BpmnImportException e = failure("""
                <?xml version="1.0"?>
                <!DOCTYPE definitions [ <!ENTITY xxe SYSTEM "%s"> ]>
                <bpmn:definitions %s id="d"><bpmn:process id="p" name="&xxe;"/></bpmn:definitions>
                """.formatted(secret.toUri(), NS));

        assertThat(e.code()).isEqualTo(Code.DOCTYPE_FORBIDDEN);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
    }

    @Test
    void externalHttpEntityAndDtdAreNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort();
            String[] attacks = {
                "<!DOCTYPE definitions SYSTEM \"" + url + "/bpmn.dtd\">\n<bpmn:definitions " + NS + "/>",
                "<!DOCTYPE definitions [ <!ENTITY ext SYSTEM \"" + url + "/entity\"> ]>\n<bpmn:definitions " + NS + ">&ext;</bpmn:definitions>",
                "<!DOCTYPE definitions [ <!ENTITY % remote SYSTEM \"" + url + "/param\"> %remote; ]>\n<bpmn:definitions " + NS + "/>",
            };
            for (String attack : attacks) {
                BpmnImportException e = failure(attack);
                assertThat(e.code()).isEqualTo(Code.DOCTYPE_FORBIDDEN);
                assertThat(e.line()).isEqualTo(1);
            }
            server.setSoTimeout(300);
            assertThatThrownBy(server::accept).as("nobody connected").isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void billionLaughsIsRefusedWithoutExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        BpmnImportException e = failure(dtd + "<bpmn:definitions " + NS + "><bpmn:process id=\"p\" name=\"&lol9;\"/></bpmn:definitions>");

        assertThat(e.code()).isEqualTo(Code.DOCTYPE_FORBIDDEN);
        assertThat(e.getMessage()).doesNotContain("lollol");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        BpmnImporter small = new BpmnImporter(new ImportLimits(1000, 200, 0));
        String padded = "<bpmn:definitions " + NS + ">" + " ".repeat(1200) + "</bpmn:definitions>";
        Path file = Files.writeString(dir.resolve("big.bpmn"), padded);

        BpmnImportException fromPath = failure(() -> small.read(file));
        assertThat(fromPath.code()).isEqualTo(Code.TOO_LARGE);
        assertThat(fromPath.line()).isEqualTo(-1);
        assertThat(fromPath.getMessage()).contains("1000");
        assertThat(failure(() -> small.read(padded.getBytes(UTF_8), "b")).code()).isEqualTo(Code.TOO_LARGE);
        assertThat(failure(() -> small.read(new ByteArrayInputStream(padded.getBytes(UTF_8)), "b")).code())
                .isEqualTo(Code.TOO_LARGE);
        assertThat(ImportLimits.defaults().maxBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWithItsLine() {
        String open = "<x:e xmlns:x=\"urn:x\">\n".repeat(300);
        String close = "</x:e>".repeat(300);
        BpmnImportException e = failure("<bpmn:definitions " + NS + ">\n<bpmn:extensionElements>\n" + open + close
                + "</bpmn:extensionElements></bpmn:definitions>");

        assertThat(e.code()).isEqualTo(Code.TOO_DEEP);
        assertThat(e.line()).isEqualTo(201); // the 201st open element: definitions, extensionElements, then 199 x:e
        assertThat(e.getMessage()).contains("200");
    }

    @Test
    void emptyAndBlankFiles() {
        BpmnImportException empty = failure(() -> IMPORTER.read(new byte[0], "empty.bpmn"));
        assertThat(empty.code()).isEqualTo(Code.EMPTY);
        assertThat(empty.getMessage()).contains("empty");
        assertThat(failure(" \n\t\r\n").code()).isEqualTo(Code.EMPTY);
    }

    @Test
    void binaryGarbageAndArchives() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[10] = 0;
        BpmnImportException garbage = failure(() -> IMPORTER.read(random, "garbage.bpmn"));
        assertThat(garbage.code()).isEqualTo(Code.BINARY_CONTENT);

        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        BpmnImportException archive = failure(() -> IMPORTER.read(zip, "model.bpmn"));
        assertThat(archive.code()).isEqualTo(Code.BINARY_CONTENT);
        assertThat(archive.getMessage()).contains("ZIP");
    }

    @Test
    void bytesThatDoNotMatchTheDeclaredEncoding() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn:definitions " + NS + ">\n"
                + "<bpmn:process id=\"p\" name=\"Réclamation\"/>\n</bpmn:definitions>";
        BpmnImportException e = failure(() -> IMPORTER.read(xml.getBytes(ISO_8859_1), "latin1.bpmn"));

        assertThat(e.code()).isEqualTo(Code.ENCODING);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(29); // `<bpmn:process id="p" name="R` is 28 characters
        assertThat(e.getMessage()).contains("line 3, column 29").contains("0xE9").contains("UTF-8");

        String undeclared = "<bpmn:definitions " + NS + ">\n<bpmn:process id=\"p\" name=\"\u00c4nderung\"/></bpmn:definitions>";
        BpmnImportException byDefault = failure(() -> IMPORTER.read(undeclared.getBytes(ISO_8859_1), "latin1.bpmn"));
        assertThat(byDefault.code()).isEqualTo(Code.ENCODING);
        assertThat(byDefault.line()).isEqualTo(2);
        assertThat(byDefault.column()).isEqualTo(28);
    }

    @Test
    void aBadByteAfterValidAccentsIsPlacedByCharacters() {
        // valid two- and three-byte characters before the bad byte: the column counts characters, not bytes
        byte[] head = ("<bpmn:definitions " + NS + ">\n<bpmn:process id=\"p\" name=\"Prüfung – ").getBytes(UTF_8);
        byte[] tail = "\"/></bpmn:definitions>".getBytes(UTF_8);
        byte[] xml = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, xml, 0, head.length);
        xml[head.length] = (byte) 0xE9; // 'é' in ISO-8859-1, not UTF-8
        System.arraycopy(tail, 0, xml, head.length + 1, tail.length);

        BpmnImportException e = failure(() -> IMPORTER.read(xml, "mixed.bpmn"));

        assertThat(e.code()).isEqualTo(Code.ENCODING);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(38); // `<bpmn:process id="p" name="Prüfung – ` is 37 characters
        assertThat(e.getMessage()).contains("0xE9");
    }

    @Test
    void unknownEncodingName() {
        BpmnImportException e = failure("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?>\n<bpmn:definitions " + NS + "/>");

        assertThat(e.code()).isEqualTo(Code.ENCODING);
    }

    @Test
    void missingFile(@TempDir Path dir) {
        BpmnImportException e = failure(() -> IMPORTER.read(dir.resolve("nope.bpmn")));

        assertThat(e.code()).isEqualTo(Code.READ_FAILED);
        assertThat(e.getMessage()).contains("nope.bpmn");
    }

    @Test
    void foldersAndDevicesAreNotReadAsFiles(@TempDir Path dir) {
        BpmnImportException folder = failure(() -> IMPORTER.read(dir));
        assertThat(folder.code()).isEqualTo(Code.READ_FAILED);
        assertThat(folder.getMessage()).contains("not a regular file");

        Path endless = Path.of("/dev/zero");
        if (Files.exists(endless)) {
            assertThat(failure(() -> IMPORTER.read(endless)).code()).isEqualTo(Code.READ_FAILED);
        }
    }

    @Test
    void correctlyDeclaredLatin1IsFine() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<bpmn:definitions " + NS + ">\n"
                + "<bpmn:process id=\"p\"><bpmn:task id=\"t\" name=\"Réclamation\"/></bpmn:process>\n</bpmn:definitions>";

        assertThat(IMPORTER.read(xml.getBytes(ISO_8859_1), "ok.bpmn").nodes().get(0).name()).isEqualTo("Réclamation");
    }

    @Test
    void schemaLocationsAndImportsInTheFileAreNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort();
            String xml = """
                    <bpmn:definitions %s xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xmlns:v="urn:vendor" targetNamespace="urn:t"
                        xsi:schemaLocation="http://www.omg.org/spec/BPMN/20100524/MODEL %s/BPMN20.xsd urn:vendor %s/vendor.xsd">
                      <bpmn:import importType="http://www.w3.org/2001/XMLSchema" location="%s/types.xsd" namespace="urn:types"/>
                      <bpmn:process id="p"><bpmn:task id="t" name="Check"/></bpmn:process>
                    </bpmn:definitions>
                    """.formatted(NS, url, url, url);

            assertThat(IMPORTER.read(xml.getBytes(UTF_8), "hints.bpmn").taskCount()).isEqualTo(1);

            server.setSoTimeout(300);
            assertThatThrownBy(server::accept).as("nobody connected").isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void utf16WithByteOrderMarkIsFine() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<bpmn:definitions " + NS + ">"
                + "<bpmn:process id=\"p\"><bpmn:task id=\"t\" name=\"Überprüfen\"/></bpmn:process></bpmn:definitions>";

        assertThat(IMPORTER.read(xml.getBytes(java.nio.charset.StandardCharsets.UTF_16), "utf16.bpmn").nodes().get(0).name())
                .isEqualTo("Überprüfen");
    }
}
