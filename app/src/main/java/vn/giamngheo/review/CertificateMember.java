package vn.giamngheo.review;

/** A member on a certificate: relation in Vietnamese (Chủ hộ, Vợ/chồng, Con…), sex as Nam/Nữ. */
public record CertificateMember(String name, String relation, String ethnicity, Integer birthYear, String sex) {}
