package vn.giamngheo.planning.extraction;

/** What a roman-numbered part of a plan is for, read from its heading. */
enum SectionKind {
    /** Before the first part: title and the documents the plan implements. */
    PREAMBLE,
    /** "MỤC ĐÍCH, YÊU CẦU". */
    PURPOSES,
    /** "MỤC TIÊU". */
    TARGETS,
    /** "KINH PHÍ THỰC HIỆN". */
    FUNDING,
    /** "NỘI DUNG", "NHIỆM VỤ VÀ GIẢI PHÁP": where tasks are. */
    CONTENT,
    /** "TỔ CHỨC THỰC HIỆN": who does what, monitoring and reporting. */
    ORGANISATION,
    /** "CHẾ ĐỘ THÔNG TIN BÁO CÁO". */
    REPORTING;

    static SectionKind of(String heading) {
        String h = FoldedText.fold(heading);
        if (h.contains("to chuc thuc hien")) {
            return ORGANISATION;
        }
        if (h.contains("bao cao")) {
            return REPORTING;
        }
        if (h.contains("muc tieu") && !h.contains("nhiem vu")) {
            return TARGETS;
        }
        if (h.contains("kinh phi") || h.contains("nguon von")) {
            return FUNDING;
        }
        if (h.contains("muc dich") || h.contains("yeu cau")) {
            return PURPOSES;
        }
        // "NỘI DUNG", "NHIỆM VỤ", "GIẢI PHÁP", and any part the plan names otherwise: read for tasks.
        return CONTENT;
    }

    boolean holdsTasks() {
        return this == CONTENT || this == ORGANISATION;
    }
}
