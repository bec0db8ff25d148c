package vn.giamngheo.review;

import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate of a poor or near-poor household (Mẫu 03, TT 07/2021) shows: the contract with
 * {@code review.documents}. {@code number} like "12/GCN-HN.HCN"; {@code householdClass} POOR or
 * NEAR_POOR; {@code districtName} null where there is no district level.
 */
public record CertificateData(
        String number,
        String communeName,
        String districtName,
        String provinceName,
        String householdClass,
        int listYear,
        String headName,
        String address,
        String decisionNumber,
        LocalDate decisionDate,
        String signerName,
        List<CertificateMember> members) {}
