package vn.giamngheo.demo;

/** Official codes of demo places other parts of the demo look up (adminunits/2025-reform/units-2024.csv). */
final class DemoPlaces {
    /** Xã Xuân Bái, Thọ Xuân, Thanh Hóa: since 1 July 2025 part of Xã Lam Sơn (15544). */
    static final String XUAN_BAI = "15547";

    private DemoPlaces() {}
}
