package io.lawcheck.service.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Set;

/**
 * Writes values that are catalog constants (citations: law, version, article, summary, both languages) from JSON
 * rendered once per value, instead of encoding the same Chinese and English texts again for every finding. Citations
 * are most of a check's answer (4 of 7 KB for the compliant sample) and encoding them was the largest item of JSON
 * output in the profile (docs/performance.md). The output is byte for byte what the ordinary serializer writes:
 * the first use renders it with that serializer; pretty-printed output is not cached. Only for types with a bounded
 * set of values (the catalog's), and at most {@link #MAX_CACHED} values per type, found by instance
 * ({@link ReferenceCache}).
 */
public final class CatalogConstantJson extends SimpleModule {
    static final int MAX_CACHED = 10_000;
    private static final JsonFactory FACTORY = new JsonFactory();

    public CatalogConstantJson(Set<Class<?>> constantTypes) {
        super("lawcheck-catalog-constants");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription desc,
                                                      JsonSerializer<?> serializer) {
                return constantTypes.contains(desc.getBeanClass())
                        ? new Cached((JsonSerializer<Object>) serializer) : serializer;
            }
        });
    }

    static final class Cached extends JsonSerializer<Object> implements ResolvableSerializer, ContextualSerializer {
        private final JsonSerializer<Object> delegate;
        // by instance: the mapper hands out one DTO per catalog constant (CitationDtos), so each comes back as the
        // same object, and hashing a record by value per finding cost more than writing it
        private final ReferenceCache<Object, SerializedString> rendered = new ReferenceCache<>(MAX_CACHED);

        Cached(JsonSerializer<Object> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen.getPrettyPrinter() != null) {
                delegate.serialize(value, gen, provider);
                return;
            }
            SerializedString json = rendered.get(value);
            if (json == null) {
                StringWriter text = new StringWriter(1024);
                try (JsonGenerator g = FACTORY.createGenerator(text)) {
                    g.setCodec(gen.getCodec());
                    g.setFeatureMask(gen.getFeatureMask());
                    delegate.serialize(value, g, provider);
                }
                json = rendered.put(value, new SerializedString(text.toString()));
            }
            gen.writeRawValue(json);
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (delegate instanceof ResolvableSerializer r) {
                r.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            if (delegate instanceof ContextualSerializer c) {
                JsonSerializer<?> contextual = c.createContextual(provider, property);
                if (contextual != delegate) {
                    return new Cached((JsonSerializer<Object>) contextual);
                }
            }
            return this;
        }

        @Override
        public Class<Object> handledType() {
            return delegate.handledType();
        }
    }
}
