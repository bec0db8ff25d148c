/**
 * The household review (rà soát): annual and monthly campaigns, village meetings, public posting,
 * recognition by the commune chairman, certificates, and the lists and flows a finished review
 * produces.
 */
package vn.giamngheo.review;
