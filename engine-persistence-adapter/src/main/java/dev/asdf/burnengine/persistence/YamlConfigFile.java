package dev.asdf.burnengine.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.asdf.burnengine.core.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the YAML configuration file into the maps and lists the core's configuration tree works on. Both runners read
 * the same file; it lives here because this adapter is the one that deals with the operator's files.
 */
public final class YamlConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlConfigFile() {}

    /**
     * @throws ConfigException naming the file and what is wrong with it (missing, unreadable, not YAML, not a map)
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of("the configuration file " + file.toAbsolutePath()
                    + " does not exist; pass an existing file with --config, or no --config to run on the sandbox"));
        }
        try {
            Object tree = YAML.readValue(file.toFile(), Object.class);
            if (tree == null) {
                return Map.of();
            }
            if (!(tree instanceof Map)) {
                throw new ConfigException(List.of("the configuration file " + file + " must hold a map of keys"
                        + " (e.g. 'cluster: sandbox'), not a " + tree.getClass().getSimpleName().toLowerCase()));
            }
            return (Map<String, Object>) tree;
        } catch (JsonProcessingException e) {
            throw new ConfigException(List.of("the configuration file " + file + " is not valid YAML at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(List.of("cannot read the configuration file " + file + ": " + e.getMessage()));
        }
    }
}
