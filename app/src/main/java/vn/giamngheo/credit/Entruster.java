package vn.giamngheo.credit;

/**
 * The socio-political organisation the bank entrusts with part of the lending (hội đoàn thể nhận ủy
 * thác, NĐ 06/2026/NĐ-CP Art. 30): it runs the commune's savings-and-loan groups.
 */
public enum Entruster {
    FARMERS,
    WOMEN,
    VETERANS,
    YOUTH
}
