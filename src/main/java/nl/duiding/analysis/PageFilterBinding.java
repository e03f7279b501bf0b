package nl.duiding.analysis;

import java.beans.PropertyEditorSupport;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.core.ResolvableType;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.support.BindParamNameResolver;

import nl.duiding.analysis.StoryFilter.ChoiceAnswer;
import nl.duiding.analysis.StoryFilter.Consent;
import nl.duiding.platform.Period;
import nl.duiding.story.TellerRole;

/**
 * How Spring binds a {@link PageFilter}: for that one type every value is lenient (a malformed number, month, role,
 * consent or grouping becomes "not filtered on", never a binding error and so never a 400 or 500). Older parameter
 * names are read by {@link LegacyFilterNames} before binding.
 */
@ControllerAdvice
class PageFilterBinding {

    private static final DefaultConversionService CONVERSIONS = new DefaultConversionService();

    static {
        CONVERSIONS.addConverter(new ChoiceConverter());
    }

    @InitBinder
    void lenientPageFilter(WebDataBinder binder) {
        ResolvableType type = binder.getTargetType();
        if ((type != null && type.resolve() == PageFilter.class) || binder.getTarget() instanceof PageFilter) {
            lenient(binder);
        }
    }

    /** A filter bound from parameters that are not a request (a comparison side), with the same rules. */
    static PageFilter bind(Map<String, List<String>> parameters) {
        WebDataBinder binder = new WebDataBinder(null, "filter");
        binder.setTargetType(ResolvableType.forClass(PageFilter.class));
        binder.setConversionService(CONVERSIONS);
        binder.setNameResolver(new BindParamNameResolver()); // as MVC's binder factory does
        lenient(binder);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                List<String> values = parameters.get(name);
                if (values == null) {
                    values = parameters.entrySet().stream().filter(e -> PageFilter.canonical(e.getKey()).equals(name))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                }
                return values == null || values.isEmpty() ? null
                        : values.size() == 1 ? values.getFirst() : values.toArray(String[]::new);
            }

            @Override
            public Set<String> getNames() {
                return parameters.keySet();
            }
        });
        return binder.getTarget() instanceof PageFilter filter ? filter : PageFilter.NONE;
    }

    private static void lenient(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new Lenient<>(Long::valueOf));
        binder.registerCustomEditor(Integer.class, new Lenient<>(Integer::valueOf));
        binder.registerCustomEditor(YearMonth.class, new Lenient<>(YearMonth::parse));
        binder.registerCustomEditor(TellerRole.class, new Lenient<>(TellerRole::valueOf));
        binder.registerCustomEditor(Consent.class, new Lenient<>(Consent::valueOf));
        binder.registerCustomEditor(Period.Grouping.class, new Lenient<>(Period.Grouping::parse));
    }

    /** A value that does not parse is no value. */
    private static final class Lenient<T> extends PropertyEditorSupport {

        private final Function<String, T> parse;

        Lenient(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            try {
                setValue(text == null || text.isBlank() ? null : parse.apply(text.strip()));
            } catch (RuntimeException malformed) {
                setValue(null);
            }
        }
    }

    /**
     * {@code keuze=question:option}; a malformed one becomes null, which the filter drops. Registered with MVC's
     * conversion service (a Converter bean) so a repeated parameter binds to the list element by element.
     */
    @Component
    static final class ChoiceConverter implements Converter<String, ChoiceAnswer> {

        @Override
        public ChoiceAnswer convert(String source) {
            return PageFilter.choice(source);
        }
    }
}
