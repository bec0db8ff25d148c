package vn.giamngheo.generator;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.generator.Places.Commune;
import vn.giamngheo.generator.Places.District;
import vn.giamngheo.generator.Places.Province;

/**
 * The demo hierarchy of the seed plans. Names: Thọ Xuân's 30 units as in seed 004 Appendix 1 ("TT X"
 * = Thị trấn X), Cẩm Châu from seed 001, Ngọc Hồi's 8 units from seed 003; the communes of Kon Rẫy and
 * Võ Nhai are not named in the seeds and are given here as the units before the 2025 reform.
 *
 * <p>Households, minority share and poverty rate of Ngọc Hồi are seed 003's table (end of 2019, used
 * as the generator's aim for the 2025 review); every other figure is a plausible invention, chosen so
 * that the whole demo has about 5 % poor and 4 % near-poor households.
 */
final class Demo {
    private Demo() {}

    private static final String[] MUONG = {"Mường"};
    private static final double[] MUONG_W = {1};

    static List<Commune> communes() {
        List<Commune> all = new ArrayList<>();
        Province thanhHoa = province("Thanh Hóa");
        District thoXuan = district(thanhHoa, "Thọ Xuân", MUONG, MUONG_W);
        add(all, thoXuan, "TT Lam Sơn", 2900, 1.0, 2.0, 1);
        add(all, thoXuan, "TT Sao Vàng", 3100, 1.2, 2.2, 1);
        add(all, thoXuan, "Xuân Bái", 1700, 1.5, 2.8, 1);
        add(all, thoXuan, "Thọ Xương", 2300, 2.6, 3.6, 2);
        add(all, thoXuan, "Xuân Phú", 1500, 6.5, 6.0, 75);
        add(all, thoXuan, "Thọ Lâm", 2200, 2.8, 3.8, 20);
        add(all, thoXuan, "Thọ Diên", 1900, 1.8, 3.0, 1);
        add(all, thoXuan, "Xuân Hưng", 1800, 1.6, 3.0, 1);
        add(all, thoXuan, "Xuân Sinh", 2500, 2.5, 3.5, 2);
        add(all, thoXuan, "Xuân Thiên", 2000, 1.4, 2.6, 5);
        add(all, thoXuan, "Thuận Minh", 2600, 2.2, 3.2, 1);
        add(all, thoXuan, "Thọ Lập", 1900, 1.6, 3.0, 1);
        add(all, thoXuan, "Xuân Tín", 2700, 1.3, 2.5, 1);
        add(all, thoXuan, "Quảng Phú", 2600, 1.7, 2.9, 1);
        add(all, thoXuan, "Phú Xuân", 1300, 3.5, 4.5, 2);
        add(all, thoXuan, "Xuân Lai", 2000, 1.5, 2.7, 1);
        add(all, thoXuan, "Xuân Lập", 2400, 2.4, 3.4, 1);
        add(all, thoXuan, "Xuân Minh", 1700, 2.0, 3.1, 1);
        add(all, thoXuan, "Trường Xuân", 1600, 2.6, 3.5, 1);
        add(all, thoXuan, "Thọ Hải", 1700, 2.0, 3.2, 1);
        add(all, thoXuan, "Xuân Hòa", 1500, 1.1, 2.4, 1);
        add(all, thoXuan, "Xuân Trường", 1600, 1.8, 3.0, 1);
        add(all, thoXuan, "TT Thọ Xuân", 4500, 0.8, 1.8, 1);
        add(all, thoXuan, "Tây Hồ", 1500, 1.4, 2.6, 1);
        add(all, thoXuan, "Xuân Giang", 1200, 0.9, 2.2, 1);
        add(all, thoXuan, "Bắc Lương", 1300, 1.6, 2.8, 1);
        add(all, thoXuan, "Nam Giang", 2300, 2.5, 3.4, 1);
        add(all, thoXuan, "Thọ Lộc", 1300, 1.9, 3.0, 1);
        add(all, thoXuan, "Xuân Phong", 1900, 2.2, 3.3, 1);
        add(all, thoXuan, "Xuân Hồng", 2400, 2.8, 3.6, 1);
        District camThuy = district(thanhHoa, "Cẩm Thủy", MUONG, MUONG_W);
        add(all, camThuy, "Cẩm Châu", 1450, 4.5, 5.0, 65);

        Province konTum = province("Kon Tum");
        District ngocHoi = district(
                konTum, "Ngọc Hồi", new String[] {"Giẻ Triêng", "Xơ Đăng", "Ba Na"}, new double[] {65, 25, 10});
        addSeed003(all, ngocHoi, "TT Plei Kần", 4807, 1178, 1.75, 2.5);
        addSeed003(all, ngocHoi, "Đăk Kan", 1491, 523, 2.08, 3.0);
        addSeed003(all, ngocHoi, "Đăk Ang", 1094, 1094, 27.42, 12.0);
        addSeed003(all, ngocHoi, "Đăk Dục", 1488, 1383, 3.63, 4.5);
        addSeed003(all, ngocHoi, "Đăk Nông", 1146, 957, 4.01, 4.5);
        addSeed003(all, ngocHoi, "Đăk Xú", 1832, 981, 3.17, 4.0);
        addSeed003(all, ngocHoi, "Bờ Y", 2668, 1519, 3.26, 4.0);
        addSeed003(all, ngocHoi, "Sa Loong", 1428, 1183, 9.17, 7.5);
        District konRay = district(konTum, "Kon Rẫy", new String[] {"Xơ Đăng", "Ba Na"}, new double[] {60, 40});
        add(all, konRay, "TT Đăk Rve", 1900, 5.0, 4.0, 35);
        add(all, konRay, "Đăk Kôi", 900, 22.0, 9.0, 95);
        add(all, konRay, "Đăk Tơ Lung", 1000, 18.0, 9.0, 85);
        add(all, konRay, "Đăk Ruồng", 1400, 11.0, 7.0, 60);
        add(all, konRay, "Tân Lập", 1300, 8.0, 6.0, 45);
        add(all, konRay, "Đăk Tờ Re", 1200, 14.0, 8.0, 70);
        add(all, konRay, "Đăk Pne", 650, 25.0, 10.0, 98);

        Province thaiNguyen = province("Thái Nguyên");
        District voNhai = district(
                thaiNguyen, "Võ Nhai", new String[] {"Tày", "Nùng", "Dao", "Mông"}, new double[] {35, 25, 20, 20});
        add(all, voNhai, "TT Đình Cả", 1700, 3.0, 4.0, 45);
        add(all, voNhai, "La Hiên", 2300, 5.0, 5.0, 45);
        add(all, voNhai, "Lâu Thượng", 1600, 8.0, 7.0, 60);
        add(all, voNhai, "Phú Thượng", 1300, 9.0, 7.0, 65);
        add(all, voNhai, "Tràng Xá", 2000, 9.0, 7.0, 70);
        add(all, voNhai, "Dân Tiến", 1700, 10.0, 8.0, 70);
        add(all, voNhai, "Bình Long", 1400, 8.0, 7.0, 60);
        add(all, voNhai, "Cúc Đường", 700, 13.0, 9.0, 80);
        add(all, voNhai, "Thần Sa", 500, 20.0, 10.0, 95);
        add(all, voNhai, "Nghinh Tường", 900, 17.0, 9.0, 90);
        add(all, voNhai, "Sảng Mộc", 500, 22.0, 10.0, 97);
        add(all, voNhai, "Thượng Nung", 450, 21.0, 10.0, 98);
        add(all, voNhai, "Phương Giao", 1300, 10.0, 8.0, 75);
        add(all, voNhai, "Liên Minh", 1100, 9.0, 7.0, 60);
        add(all, voNhai, "Vũ Chấn", 900, 12.0, 8.0, 80);
        return List.copyOf(all);
    }

    private static Province province(String name) {
        return new Province(name, Places.slug(name));
    }

    private static District district(Province province, String name, String[] minorities, double[] weights) {
        return new District(province, name, province.code() + "/" + Places.slug(name), minorities, weights);
    }

    /** A row with the minority share in per cent. */
    private static void add(
            List<Commune> all,
            District district,
            String label,
            int households,
            double poorPct,
            double nearPct,
            double minorityPct) {
        boolean town = label.startsWith("TT ");
        String name = town ? label.substring(3) : label;
        String kind = town ? Places.TOWN : Places.COMMUNE;
        int villages = (int) Math.max(5, Math.min(15, Math.round(households / 190.0)));
        all.add(new Commune(
                district,
                name,
                kind,
                Places.communeCode(district, kind, name),
                households,
                villages,
                poorPct / 100,
                nearPct / 100,
                minorityPct / 100));
    }

    /** A row of seed 003's table: households and ethnic-minority households as counted there. */
    private static void addSeed003(
            List<Commune> all,
            District district,
            String label,
            int households,
            int minorityHouseholds,
            double poorPct,
            double nearPct) {
        add(all, district, label, households, poorPct, nearPct, 100.0 * minorityHouseholds / households);
    }
}
