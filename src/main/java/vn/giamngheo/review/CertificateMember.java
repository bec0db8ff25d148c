package vn.giamngheo.review;

/** A member as printed on a certificate; relation and sex are already in Vietnamese (Chủ hộ, Nam). */
public record CertificateMember(String name, String relation, String ethnicity, Integer birthYear, String sex) {}
