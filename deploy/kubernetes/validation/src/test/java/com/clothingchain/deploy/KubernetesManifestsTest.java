package com.clothingchain.deploy;

import com.google.gson.Gson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every file in {@code chain.manifests} is what {@code kubectl kustomize} rendered of one kustomization. Each object
 * in it is read into the Kubernetes API's model class of its apiVersion and kind (io.kubernetes:client-java-api,
 * generated from the API's OpenAPI spec), whose reader refuses a field the schema does not define, a missing required
 * field and a value of the wrong type; then the checks no schema makes: selectors that select the pod templates,
 * references to ConfigMaps, Secrets and Services that the rendering holds, probes and limits on every container.
 */
class KubernetesManifestsTest {

    private static final Gson GSON = new Gson();

    @TestFactory
    Stream<DynamicTest> everyRenderedKustomization() throws IOException {
        Path folder = Path.of(Objects.requireNonNull(System.getProperty("chain.manifests"), "chain.manifests"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no rendered manifests in " + folder);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> validate(file)));
    }

    @SuppressWarnings("unchecked")
    private static void validate(Path file) throws IOException {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        assertFalse(objects.isEmpty(), file + " holds no object");
        for (Map<String, Object> object : objects) {
            againstSchema(object);
        }
        // The bases (base, branch, mariadb) are not applied alone: what they refer to comes with their overlays.
        new References(objects).check(file.getFileName().toString().startsWith("overlays_"));
    }

    /** The reader is strict: a misspelt field, a missing required one and a wrong type are refused. */
    @TestFactory
    Stream<DynamicTest> theSchemaCheckRefusesWhatKubernetesWouldRefuse() {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  %s
                  selector: {matchLabels: {app: x}}
                  template:
                    metadata: {labels: {app: x}}
                    spec:
                      containers: [{name: x, image: x%s}]
                """;
        return Stream.of(
                DynamicTest.dynamicTest("a misspelt field", () -> refused(deployment.formatted("replica: 2", ""))),
                DynamicTest.dynamicTest("a wrong type", () -> refused(deployment.formatted("replicas: {two: 2}", ""))),
                DynamicTest.dynamicTest("a misspelt nested field", () -> refused(deployment.formatted("replicas: 2", ", imagePullPolicey: Always"))),
                DynamicTest.dynamicTest("a missing required field", () -> refused("""
                        apiVersion: v1
                        kind: Service
                        metadata: {name: x}
                        spec: {ports: [{name: http}]}
                        """)),
                DynamicTest.dynamicTest("an unknown kind", () -> refused("apiVersion: apps/v1\nkind: Deploymint\nmetadata: {name: x}\n")),
                DynamicTest.dynamicTest("a right one passes", () -> againstSchema(load(deployment.formatted("replicas: 2", "")))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String yaml) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    private static void refused(String yaml) {
        try {
            againstSchema(load(yaml));
        } catch (AssertionError expected) {
            return;
        }
        fail("taken: " + yaml);
    }

    /** Reads the object strictly into its API model class (V1Deployment for apps/v1 Deployment, ...). */
    private static void againstSchema(Map<String, Object> object) {
        String apiVersion = (String) object.get("apiVersion");
        String kind = (String) object.get("kind");
        assertNotNull(apiVersion, "an object without apiVersion: " + object);
        assertNotNull(kind, "an object without kind: " + object);
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String className = "io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0))
                + version.substring(1) + kind;
        String name = kind + " " + ((Map<?, ?>) object.get("metadata")).get("name");
        try {
            Class<?> model = Class.forName(className);
            Object read = model.getMethod("fromJson", String.class).invoke(null, GSON.toJson(object));
            assertNotNull(read, name);
        } catch (ClassNotFoundException e) {
            fail(name + ": the Kubernetes API has no " + kind + " in " + apiVersion);
        } catch (InvocationTargetException e) {
            fail(name + " does not fit the schema of " + apiVersion + " " + kind + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the schema can not say: what refers to what within one rendering. */
    @SuppressWarnings("unchecked")
    private record References(List<Map<String, Object>> objects) {

        Set<String> names(String kind) {
            Set<String> names = new HashSet<>();
            for (Map<String, Object> object : objects) {
                if (kind.equals(object.get("kind"))) {
                    names.add((String) map(object, "metadata").get("name"));
                }
            }
            return names;
        }

        List<Map<String, Object>> podTemplates() {
            List<Map<String, Object>> templates = new ArrayList<>();
            for (Map<String, Object> object : objects) {
                if (List.of("Deployment", "StatefulSet", "DaemonSet", "Job").contains(object.get("kind"))) {
                    templates.add(map(map(object, "spec"), "template"));
                }
            }
            return templates;
        }

        void check(boolean references) {
            Set<String> configMaps = names("ConfigMap");
            Set<String> secrets = names("Secret");
            Set<String> services = names("Service");
            Set<String> claims = names("PersistentVolumeClaim");
            for (Map<String, Object> object : objects) {
                String name = object.get("kind") + " " + map(object, "metadata").get("name");
                Map<String, Object> spec = map(object, "spec");
                switch ((String) object.get("kind")) {
                    case "Deployment", "StatefulSet" -> {
                        Map<String, Object> labels = map(map(map(spec, "template"), "metadata"), "labels");
                        Map<String, Object> selector = map(map(spec, "selector"), "matchLabels");
                        assertFalse(selector.isEmpty(), name + " selects by no label");
                        selector.forEach((key, value) -> assertEquals(value, labels.get(key),
                                name + ": its selector " + key + " does not select its own pods"));
                        if ("StatefulSet".equals(object.get("kind"))) {
                            assertTrue(services.contains((String) spec.get("serviceName")), name + ": no Service " + spec.get("serviceName"));
                        }
                        Set<String> templateClaims = new HashSet<>();
                        for (Object template : list(spec, "volumeClaimTemplates")) {
                            templateClaims.add((String) map((Map<String, Object>) template, "metadata").get("name"));
                        }
                        pod(name, map(map(spec, "template"), "spec"), configMaps, secrets, claims, templateClaims, references);
                    }
                    case "Service" -> {
                        Map<String, Object> selector = map(spec, "selector");
                        assertFalse(selector.isEmpty(), name + " selects no pods");
                        assertTrue(podTemplates().stream().anyMatch(template -> selects(selector, map(map(template, "metadata"), "labels"))),
                                name + " selects none of the pods of this rendering: " + selector);
                    }
                    case "Ingress" -> {
                        for (Object rule : list(spec, "rules")) {
                            for (Object path : list(map((Map<String, Object>) rule, "http"), "paths")) {
                                Map<String, Object> backend = map(map((Map<String, Object>) path, "backend"), "service");
                                assertTrue(services.contains((String) backend.get("name")), name + ": no Service " + backend.get("name"));
                            }
                        }
                    }
                    default -> { }
                }
            }
        }

        private void pod(String name, Map<String, Object> pod, Set<String> configMaps, Set<String> secrets,
                         Set<String> claims, Set<String> templateClaims, boolean references) {
            assertEquals(Boolean.TRUE, map(pod, "securityContext").get("runAsNonRoot"), name + " may run as root");
            Set<String> volumes = new HashSet<>(templateClaims);
            for (Object volume : list(pod, "volumes")) {
                Map<String, Object> v = (Map<String, Object>) volume;
                volumes.add((String) v.get("name"));
                if (references && v.containsKey("persistentVolumeClaim")) {
                    String claim = (String) map(v, "persistentVolumeClaim").get("claimName");
                    assertTrue(claims.contains(claim), name + ": no PersistentVolumeClaim " + claim);
                }
            }
            for (Object c : list(pod, "containers")) {
                Map<String, Object> container = (Map<String, Object>) c;
                String where = name + " container " + container.get("name");
                Map<String, Object> resources = map(container, "resources");
                assertTrue(map(resources, "requests").containsKey("memory") && map(resources, "limits").containsKey("memory"),
                        where + ": memory request and limit");
                for (String probe : List.of("readinessProbe", "livenessProbe")) {
                    assertTrue(container.containsKey(probe), where + " has no " + probe);
                }
                for (Object mount : list(container, "volumeMounts")) {
                    assertTrue(volumes.contains((String) ((Map<String, Object>) mount).get("name")), where + ": no volume for " + mount);
                }
                if (!references) {
                    continue;
                }
                for (Object source : list(container, "envFrom")) {
                    Map<String, Object> from = (Map<String, Object>) source;
                    reference(where, from.get("configMapRef"), configMaps);
                    reference(where, from.get("secretRef"), secrets);
                }
                for (Object variable : list(container, "env")) {
                    Map<String, Object> valueFrom = map((Map<String, Object>) variable, "valueFrom");
                    reference(where, valueFrom.get("configMapKeyRef"), configMaps);
                    reference(where, valueFrom.get("secretKeyRef"), secrets);
                }
            }
        }

        private static void reference(String where, Object reference, Set<String> present) {
            if (reference instanceof Map<?, ?> ref && !Boolean.TRUE.equals(ref.get("optional"))) {
                assertTrue(present.contains((String) ref.get("name")), where + " refers to " + ref.get("name")
                        + ", which this rendering does not hold (and which is not optional)");
            }
        }

        private static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
            return selector.entrySet().stream().allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
        }

        private static Map<String, Object> map(Map<String, Object> parent, String key) {
            Object value = parent == null ? null : parent.get(key);
            return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }

        private static List<Object> list(Map<String, Object> parent, String key) {
            Object value = parent == null ? null : parent.get(key);
            return value instanceof List<?> l ? (List<Object>) l : List.of();
        }
    }
}
