package vn.giamngheo.funding;

/**
 * A project or component (dự án, hợp phần: {@code parentId} null) or a sub-project / content area
 * (tiểu dự án, nội dung thành phần) of a program. Budgets are kept per leaf component.
 */
public record Component(
        long id,
        long programId,
        Long parentId,
        String code,
        String name,
        int order,
        String legalSource,
        String confidence) {}
