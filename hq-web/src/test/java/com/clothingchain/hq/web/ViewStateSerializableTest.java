package com.clothingchain.hq.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ may run on several servers that keep its sessions in their data grid (hq-web is distributable): every view- and
 * session-scoped backing bean goes into the session, so whatever it holds must be serializable, or that session stops
 * being kept (Payara logs the failure on each request) and a manager whose server goes must sign in again. This walks
 * every such bean of this module and the declared types of its fields (their type arguments, and the fields of the
 * project's own types in turn).
 */
class ViewStateSerializableTest {

    @Test
    void everythingThePagesKeepInTheSessionIsSerializable() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertTrue(beans.size() >= 10, "the view- and session-scoped backings found: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName());
            }
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                            || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                        continue; // injected: the container's serializable proxies
                    }
                    checkType(bean.getSimpleName() + "." + field.getName(), field.getGenericType(), problems);
                }
            }
        }
        assertEquals(List.of(), problems, "not serializable, yet kept in a session");
    }

    private static void checkType(String where, Type type, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (!raw.isInterface()) {
                check(where, raw, problems);
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(where + "<>", argument, problems);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(where, bound, problems);
            }
        } else if (type instanceof Class<?> plain && !plain.isPrimitive() && !plain.isInterface()) {
            check(where, plain.isArray() ? plain.getComponentType() : plain, problems);
        }
    }

    /** The type, and (for the project's own types, once each) the types of its fields in turn. */
    private static void check(String where, Class<?> type, List<String> problems) {
        if (type.isPrimitive() || type == Object.class) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(where + ": " + type.getName());
        } else if (type.getName().startsWith("com.clothingchain.") && SEEN.add(type)) {
            for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
                for (Field field : level.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                        checkType(where + "." + field.getName(), field.getGenericType(), problems);
                    }
                }
            }
        }
    }

    private static final Set<Class<?>> SEEN = new HashSet<>();

    private static List<Class<?>> scopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ViewStateSerializableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ViewStateSerializableTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
