package io.loadcast.guardrail.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiDetectorTest {

    private final PiiDetector detector = new PiiDetector();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EMAIL|write to ops.team+grid@example.co.uk today|ops.team+grid@example.co.uk",
                "PHONE|call +44 20 7946 0958 now|+44 20 7946 0958",
                "PHONE|mobile 07700 900123 please|07700 900123",
                "PHONE|US office (415) 555-2671 ok|(415) 555-2671",
                "UK_NINO|NI number AB 12 34 56 C on file|AB 12 34 56 C",
                "NHS_NUMBER|my NHS number is 943 476 5919|943 476 5919",
                "UK_POSTCODE|deliver to EC1A 1BB tomorrow|EC1A 1BB",
                "CARD_NUMBER|card 4111-1111-1111-1111 expired|4111-1111-1111-1111",
                "IBAN|pay GB82 WEST 1234 5698 7654 32 now|GB82 WEST 1234 5698 7654 32",
                "SORT_CODE|sort code 20-00-00, thanks|20-00-00",
                "BANK_ACCOUNT|account number 31926819 at Barclays|31926819",
                "IP_ADDRESS|the meter at 192.168.10.254 is down|192.168.10.254",
                "IP_ADDRESS|gateway 2001:db8::8a2e:370:7334 answers|2001:db8::8a2e:370:7334",
                "MAC_ADDRESS|device 00:1A:2B:3C:4D:5E joined|00:1A:2B:3C:4D:5E",
                "PERSON|please ask Dr. Amelia Hughes about it|Amelia Hughes",
                "PERSON|Hello, my name is Oluwaseun Adebayo and I|Oluwaseun Adebayo",
                "STREET_ADDRESS|I live at 221B Baker Street, London|221B Baker Street",
                "STREET_ADDRESS|send it to Springfield, IL 62704 please|Springfield, IL 62704",
                "STREET_ADDRESS|she moved to Rua Augusta 125 last year|Rua Augusta 125",
                "STREET_ADDRESS|write to ul. Słowicza 10 in Kraków|ul. Słowicza 10",
                "STREET_ADDRESS|mail goes to PO Box 4521 now|PO Box 4521",
                "STREET_ADDRESS|his unit is PSC 2721, Box 8637 abroad|PSC 2721, Box 8637",
                "STREET_ADDRESS|forward to FPO AA 68422 quickly|FPO AA 68422",
            })
    void findsEachKindOfPersonalData(PiiType type, String text, String value) {
        List<PiiEntity> found = detector.detect(text);

        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(text.substring(e.start(), e.end())).isEqualTo(value);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "card failing Luhn|card 4111 1111 1111 1112 expired|CARD_NUMBER",
                "IBAN failing mod 97|pay GB83 WEST 1234 5698 7654 32 now|IBAN",
                "NHS number failing mod 11|my NHS number is 943 476 5918|NHS_NUMBER",
                "octet out of range|version 300.1.2.3 released|IP_ADDRESS",
                "NI number with a forbidden prefix|ref GB 12 34 56 C ok|UK_NINO",
            })
    void rejectsLookalikesThatFailTheirChecks(String name, String text, PiiType type) {
        assertThat(detector.detect(text)).noneMatch(e -> e.type() == type);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Peak demand reached 45 GW on 2024-01-15 at 17:30, up 3.5% on the year; wind supplied 12 GW.",
                "Via 3 interconnectors, GB imported 5 GW; the box had 12 meters and Windows 10 ran on 4 of them.",
                "In Texas, TX 2021 was a bad year: ERCOT shed 20000 MW for days.",
            })
    void leavesOrdinaryEnergyTextAlone(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }

    @Test
    void redactsWithTypedPlaceholdersPreferringValidatedIdentifiers() {
        String text = "Card 4111 1111 1111 1111, mail a@b.io";

        List<PiiEntity> found = detector.detect(text);

        assertThat(found).extracting(PiiEntity::type).containsExactly(PiiType.CARD_NUMBER, PiiType.EMAIL);
        assertThat(PiiDetector.redact(text, found)).isEqualTo("Card <CARD_NUMBER>, mail <EMAIL>");
    }
}
