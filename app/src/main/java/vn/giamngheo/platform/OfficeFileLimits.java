package vn.giamngheo.platform;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Guards every {@code .xlsx} and {@code .docx} the application opens against zip bombs: POI refuses
 * an entry that expands more than {@code giamngheo.office.min-inflate-ratio} allows (a kilobyte that
 * becomes a gigabyte) or whose expanded size passes {@code giamngheo.office.max-entry-size}. POI keeps
 * these limits per JVM, hence set once here at start.
 */
@Configuration(proxyBeanMethods = false)
class OfficeFileLimits {
    OfficeFileLimits(
            @Value("${giamngheo.office.min-inflate-ratio:0.01}") double minInflateRatio,
            @Value("${giamngheo.office.max-entry-size:512MB}") DataSize maxEntrySize) {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntrySize.toBytes());
    }
}
