package ca.vigie.system.web;

import ca.vigie.system.Text;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * How a form's request record is read. Spring builds a record even when a value cannot be converted
 * (an impossible date, a forged choice), but hands the page an empty form, so the page failed or
 * lost what was typed; and
 * a forged choice was called "not valid" where the person can only pick from a list. Here the page
 * gets the record with the value that could not be read kept as typed, and a text holding an
 * unreadable character is refused by its field (see {@link ReadableParameters}).
 */
@Component
class FormBinding implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
                return new ServletRequestDataBinderFactory(methods, getWebBindingInitializer()) {
                    @Override
                    protected ServletRequestDataBinder createBinderInstance(
                            @Nullable Object target, String name, NativeWebRequest request) {
                        return new FormBinder(target, name);
                    }
                };
            }
        };
    }

    static final class FormBinder extends ExtendedServletRequestDataBinder {

        /** A row of a list is named by its position; any other name of a row is forged. */
        private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

        private @Nullable AbstractPropertyBindingResult withForm;

        FormBinder(@Nullable Object target, String name) {
            super(target, name);
            setBindingErrorProcessor(new Choices());
        }

        @Override
        public void construct(ValueResolver sent) {
            Set<String> forged = new HashSet<>();
            for (String name : sent.getNames()) {
                Matcher index = INDEX.matcher(name);
                while (index.find()) {
                    String position = index.group(1);
                    boolean valid =
                            position.matches("[0-9]{1,4}") && Integer.parseInt(position) < getAutoGrowCollectionLimit();
                    if (!valid) {
                        forged.add(name);
                    }
                }
            }
            ValueResolver values = forged.isEmpty() ? sent : new Without(sent, forged);
            super.construct(values);
            if (!forged.isEmpty()) {
                getBindingResult().reject(FormErrors.OUTDATED);
            }
            Object form = getTarget();
            if (form == null) {
                return;
            }
            refuseUnreadable(form, values);
        }

        @Override
        protected AbstractPropertyBindingResult createBeanPropertyBindingResult() {
            return errorsOf(getTarget());
        }

        /** The errors Spring recorded before the form existed, kept with the form they belong to. */
        @Override
        protected AbstractPropertyBindingResult getInternalBindingResult() {
            if (withForm != null) {
                return withForm;
            }
            AbstractPropertyBindingResult result = super.getInternalBindingResult();
            Object form = getTarget();
            if (result.getTarget() == null && form != null) {
                withForm = errorsOf(form);
                withForm.addAllErrors(result);
                return withForm;
            }
            return result;
        }

        private AbstractPropertyBindingResult errorsOf(@Nullable Object form) {
            FormErrors errors =
                    new FormErrors(form, getObjectName(), isAutoGrowNestedPaths(), getAutoGrowCollectionLimit());
            if (getConversionService() != null) {
                errors.initConversion(getConversionService());
            }
            return errors;
        }

        private void refuseUnreadable(Object form, ValueResolver values) {
            BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(form);
            BindingResult errors = getBindingResult();
            for (String name : values.getNames()) {
                Object value = values.resolveValue(name, String.class);
                boolean unreadable = value instanceof String text
                        ? Text.hasUnreadable(text)
                        : value instanceof String[] texts
                                && List.of(texts).stream().anyMatch(Text::hasUnreadable);
                if (unreadable && !errors.hasFieldErrors(name) && readable(fields, name)) {
                    errors.rejectValue(name, "text.unreadable");
                }
            }
        }

        private static boolean readable(BeanWrapper fields, String name) {
            try {
                return fields.isReadableProperty(name);
            } catch (RuntimeException notAField) {
                return false;
            }
        }
    }

    /** A value that is not one of a list's choices (an enum, an id, a set of them) asks for a choice. */
    static final class Choices extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException failure, BindingResult errors) {
            Class<?> type = failure instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null;
            String field = failure.getPropertyName();
            if (field == null || type == null || !(type.isEnum() || Collection.class.isAssignableFrom(type))) {
                super.processPropertyAccessException(failure, errors);
                return;
            }
            errors.addError(new FieldError(
                    errors.getObjectName(),
                    field,
                    failure.getValue(),
                    true,
                    errors.resolveMessageCodes("validation.invalidChoice", field),
                    null,
                    null));
        }
    }

    /**
     * A form's errors. The version a form was read at and the token that makes a double submit
     * harmless travel in hidden fields, where a message would not be seen: a problem with either is
     * said once, above the form.
     */
    static final class FormErrors extends BeanPropertyBindingResult {

        static final Set<String> HIDDEN = Set.of("version", "formToken");
        static final String OUTDATED = "form.outdated";

        FormErrors(@Nullable Object form, String name, boolean autoGrow, int autoGrowLimit) {
            super(form, name, autoGrow, autoGrowLimit);
        }

        @Override
        public void addError(ObjectError error) {
            boolean hidden = error instanceof FieldError field && HIDDEN.contains(field.getField());
            if (!hidden && !OUTDATED.equals(error.getCode())) {
                super.addError(error);
            } else if (getGlobalErrors().stream().noneMatch(said -> OUTDATED.equals(said.getCode()))) {
                super.addError(new ObjectError(getObjectName(), resolveMessageCodes(OUTDATED), null, null));
            }
        }
    }

    /** The values sent, less those named as rows no form has (a negative, huge or lettered position). */
    record Without(DataBinder.ValueResolver sent, Set<String> forged) implements DataBinder.ValueResolver {

        @Override
        public @Nullable Object resolveValue(String name, Class<?> type) {
            return forged.contains(name) ? null : sent.resolveValue(name, type);
        }

        @Override
        public Set<String> getNames() {
            Set<String> names = new HashSet<>(sent.getNames());
            names.removeAll(forged);
            return names;
        }
    }
}
