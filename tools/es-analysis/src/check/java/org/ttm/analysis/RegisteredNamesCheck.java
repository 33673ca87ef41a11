package org.ttm.analysis;

import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build-time check (not packaged): the names in {@link Registry} must equal those in registered-names.json.
 * Usage: java RegisteredNamesCheck path/to/registered-names.json. Prints the differences and exits 1 on mismatch.
 */
public final class RegisteredNamesCheck {

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] args) throws IOException {
        String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Map<String, Set<String>> registered = new LinkedHashMap<>();
        registered.put("analyzers", new TreeSet<>(Registry.ANALYZERS.keySet()));
        registered.put("tokenizers", new TreeSet<>(Registry.TOKENIZERS.keySet()));
        registered.put("filters", new TreeSet<>(Registry.FILTERS.keySet()));

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> kind : registered.entrySet()) {
            Set<String> listed = namesUnder(json, kind.getKey(), problems);
            for (String name : kind.getValue()) {
                if (listed.contains(name) == false) {
                    problems.add(kind.getKey() + ": [" + name + "] is registered in Registry.java but missing from the JSON");
                }
            }
            for (String name : listed) {
                if (kind.getValue().contains(name) == false) {
                    problems.add(kind.getKey() + ": [" + name + "] is listed in the JSON but not registered in Registry.java");
                }
            }
        }
        for (PreConfiguredTokenFilter filter : Registry.PRE_CONFIGURED_FILTERS) {
            if (Registry.FILTERS.containsKey(filter.getName()) == false) {
                problems.add("filters: pre-configured [" + filter.getName() + "] has no configurable counterpart");
            }
        }
        if (problems.isEmpty() == false) {
            problems.forEach(problem -> System.err.println("  " + problem));
            System.exit(1);
        }
    }

    /** The string array under "key" (the file is a flat object of string arrays, so a regex is enough). */
    private static Set<String> namesUnder(String json, String key, List<String> problems) {
        Matcher array = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        Set<String> names = new TreeSet<>();
        if (array.find() == false) {
            problems.add("the JSON has no \"" + key + "\" array");
            return names;
        }
        Matcher name = STRING.matcher(array.group(1));
        while (name.find()) {
            if (names.add(name.group(1)) == false) {
                problems.add(key + ": [" + name.group(1) + "] is listed twice in the JSON");
            }
        }
        return names;
    }
}
