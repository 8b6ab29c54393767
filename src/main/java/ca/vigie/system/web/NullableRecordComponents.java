package ca.vigie.system.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Says in the API document which fields of a record may be null: those whose type carries JSpecify's
 * {@code @Nullable}, the same mark the compiler's checks read. Without it, a null where the document
 * declares a string or an integer breaks the document's own schema.
 */
@Component
class NullableRecordComponents implements ModelConverter {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema == null) {
            return null;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (raw == null || !raw.isRecord()) {
            return schema;
        }
        Schema<?> model = schema;
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            model = context.getDefinedModels().get(name);
        }
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        Map<String, Schema> properties = (Map) model.getProperties();
        for (RecordComponent component : raw.getRecordComponents()) {
            if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                continue;
            }
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (property.get$ref() != null) {
                // In OpenAPI 3.0 a reference takes no siblings and a wrapper's nullable does not reach
                // inside it: a nullable record is described in place.
                Schema<?> target = context.getDefinedModels()
                        .get(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
                if (target != null) {
                    Schema<?> copy = copy(target);
                    copy.setNullable(true);
                    properties.put(component.getName(), copy);
                }
            } else {
                property.setNullable(true);
            }
        }
        return schema;
    }

    private static Schema<?> copy(Schema<?> schema) {
        try {
            return Json.mapper().readValue(Json.mapper().writeValueAsString(schema), Schema.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A schema that swagger wrote could not be read back", e);
        }
    }
}
