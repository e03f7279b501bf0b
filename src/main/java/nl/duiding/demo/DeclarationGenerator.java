package nl.duiding.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates a year of fictional declarations as CSV lines (semicolons, decimal commas: what Dutch Excel writes),
 * with patterns to find: youth residential care (verblijf) shrinks month by month as ambulant care grows, the
 * wijkteam shares clients with the youth providers, and a few credit lines correct earlier months. Seeded.
 */
final class DeclarationGenerator {

    static final String HEADER = "wet;declaratienummer;declaratie_begin;declaratie_eind;agb_code;gemeentecode;"
            + "referentienummer;bsn;productcategorie;productcode;product_begin;product_eind;volume;eenheid;tarief;"
            + "bedrag;debet_credit;wijk";

    /** One product a provider declares: for whom (a share of its clients), how much per month, at what tariff. */
    record Product(String agb, String law, String category, String code, String unit, long tariffCents, int minVolume,
                   int maxVolume, double clientShare) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("99000101", "JW", "45", "45A03", "04", 8_750, 4, 12, 0.85),
            new Product("99000101", "JW", "43", "43A01", "14", 24_500, 20, 31, 0.12),
            new Product("99000102", "JW", "45", "45B01", "04", 8_200, 3, 10, 1.0),
            new Product("99000103", "JW", "45", "45C02", "16", 11_000, 2, 8, 1.0),
            new Product("99000104", "JW", "45", "45W01", "04", 7_900, 2, 8, 0.5),
            new Product("99000104", "WMO", "02", "02W01", "04", 6_200, 2, 8, 0.5),
            new Product("99000105", "WMO", "01", "01A01", "04", 3_250, 6, 16, 1.0),
            new Product("99000106", "WMO", "07", "07D01", "16", 5_400, 4, 12, 1.0));

    private final SplittableRandom random;
    private final List<String> districts;
    private final List<Client> clients = new ArrayList<>();

    private record Client(String bsn, String district, List<String> providers) {
    }

    DeclarationGenerator(long seed, List<String> districts) {
        this.random = new SplittableRandom(seed);
        this.districts = districts;
        createClients();
    }

    /** Writes the CSV lines (header first) for the twelve months ending with {@code last}. */
    void write(YearMonth last, String municipality, Consumer<String> out) {
        out.accept(HEADER);
        int reference = 0;
        for (int m = 11; m >= 0; m--) {
            YearMonth month = last.minusMonths(m);
            double residentialShare = 1.0 - (11 - m) * 0.04;
            for (Product product : PRODUCTS) {
                for (Client client : clients) {
                    if (!client.providers().contains(product.agb()) || !active(client, product, residentialShare)) {
                        continue;
                    }
                    int volume = product.minVolume() + random.nextInt(product.maxVolume() - product.minVolume() + 1);
                    out.accept(line(product, month, municipality, ++reference, client, volume, "D"));
                    if (random.nextDouble() < 0.01) {
                        out.accept(line(product, month, municipality, ++reference, client, 1, "C"));
                    }
                }
            }
        }
    }

    private boolean active(Client client, Product product, double residentialShare) {
        double share = product.category().equals("43") ? product.clientShare() * residentialShare : product.clientShare();
        return stableShare(client, product) < share && random.nextDouble() < 0.85;
    }

    /** The same client keeps the same product all year: a fixed draw per client and product. */
    private static double stableShare(Client client, Product product) {
        return new SplittableRandom((client.bsn() + product.code()).hashCode()).nextDouble();
    }

    private String line(Product p, YearMonth month, String municipality, int reference, Client client, int volume, String dc) {
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        return String.join(";", p.law(), "D" + month.toString().replace("-", "") + p.agb().substring(6), start.toString(),
                end.toString(), p.agb(), municipality, "R" + reference, client.bsn(), p.category(), p.code(),
                start.toString(), end.toString(), Integer.toString(volume), p.unit(), euros(p.tariffCents()),
                euros(p.tariffCents() * volume), dc, client.district());
    }

    private void createClients() {
        int number = 99_990_000;
        String[][] caseloads = {{"99000101"}, {"99000102"}, {"99000103"}, {"99000104"}, {"99000105"}, {"99000106"},
                {"99000104", "99000101"}, {"99000104", "99000102"}, {"99000105", "99000106"}};
        int[] sizes = {110, 110, 110, 130, 190, 90, 25, 25, 30};
        for (int i = 0; i < caseloads.length; i++) {
            for (int c = 0; c < sizes[i]; c++) {
                String bsn = null;
                while (bsn == null) {
                    bsn = withCheckDigit(number++);
                }
                String district = districts.isEmpty() || random.nextDouble() < 0.05 ? ""
                        : districts.get(random.nextInt(districts.size()));
                clients.add(new Client(bsn, district, List.of(caseloads[i])));
            }
        }
    }

    /** The ninth digit that makes the 11-proef pass, or null when no digit does. */
    static String withCheckDigit(int firstEight) {
        String digits = Integer.toString(firstEight);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        int check = sum % 11;
        return check == 10 ? null : digits + check;
    }

    private static String euros(long cents) {
        return (cents / 100) + "," + String.format("%02d", cents % 100);
    }
}
