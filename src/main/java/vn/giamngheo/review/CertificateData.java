package vn.giamngheo.review;

import java.time.LocalDate;
import java.util.List;

/**
 * What a poor or near-poor household certificate (Mẫu 03) shows: its number (e.g.
 * "12/GCN-HN.HCN"), the issuing commune, the household class (POOR or NEAR_POOR) and the year it is
 * valid for, the head, the address, the recognition decision and the members.
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
