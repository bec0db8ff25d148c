package vn.giamngheo.platform;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.giamngheo.shared.Wording;

/**
 * Vietnamese by default, whatever the browser says; {@code ?lang=en} switches and a cookie remembers it.
 * The API words by {@code Accept-Language} ({@link LanguageResolver}).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver pages = new CookieLocaleResolver("giamngheo-lang");
        pages.setDefaultLocale(VIETNAMESE);
        pages.setCookieMaxAge(Duration.ofDays(365));
        return new LanguageResolver(pages);
    }

    /** Problems and refusals worded in the reader's language; pages reach it as {@code @wording}. */
    @Bean
    Wording wording(MessageSource messages) {
        return new Wording(messages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
