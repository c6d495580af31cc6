package dev.esmscan.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The ESM-neutral security model, indexed by identity and by class. Readers and interpreters
 * build it through {@link Builder}; once built it is not changed (copy it with {@link #toBuilder()}).
 */
public final class SecurityModel {
    private final Map<String, User> users;
    private final Map<String, Group> groups;
    private final Map<String, List<Connection>> connectionsByUser;
    private final Map<String, List<Connection>> connectionsByGroup;
    private final Map<String, ClassProfiles> profilesByClass;
    private final ClassOptions classOptions;
    private final Map<Class<?>, ModelExtension> extensions;

    private SecurityModel(Builder b) {
        // A large site's identities take as long to index as the rest: they are indexed beside it.
        CompletableFuture<Identities> identities = CompletableFuture.supplyAsync(() -> Identities.of(b));
        Map<String, List<Connection>> byGroup = new HashMap<>();
        b.connections.values().forEach(mine -> mine.forEach(c -> byGroup.computeIfAbsent(c.getGroup(), k -> new ArrayList<>()).add(c)));
        this.connectionsByGroup = byGroup;
        Map<String, ClassProfiles> byClass = new TreeMap<>();
        for (ResourceProfile p : b.profiles.values()) {
            byClass.computeIfAbsent(p.getClassName(), ClassProfiles::new).add(p);
        }
        this.profilesByClass = byClass;
        this.classOptions = b.classOptions;
        this.extensions = Map.copyOf(b.extensions);
        Identities indexed = identities.join();
        this.users = indexed.users();
        this.groups = indexed.groups();
        this.connectionsByUser = indexed.connectionsByUser();
    }

    /** Users and groups in name order, and each user's connections in the order first mentioned. */
    private record Identities(Map<String, User> users, Map<String, Group> groups, Map<String, List<Connection>> connectionsByUser) {
        static Identities of(Builder b) {
            Map<String, List<Connection>> byUser = new HashMap<>();
            b.connections.forEach((userId, mine) -> {
                if (!mine.isEmpty()) {
                    byUser.put(userId, mine.list());
                }
            });
            return new Identities(Collections.unmodifiableMap(new TreeMap<>(b.users)),
                    Collections.unmodifiableMap(new TreeMap<>(b.groups)), byUser);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding deep copies of everything here, for interpreters that apply commands. */
    public Builder toBuilder() {
        Builder b = new Builder();
        users.values().forEach(u -> b.users.put(u.getId(), u.copy()));
        groups.values().forEach(g -> b.groups.put(g.getName(), g.copy()));
        connectionsByUser.values().forEach(list -> list.forEach(c -> b.connectionsOf(c.getUserId()).add(c.copy())));
        profilesByClass.values().forEach(cp -> cp.all().forEach(p -> b.profiles.put(p.key(), p.copy())));
        b.classOptions = classOptions == null ? null : classOptions.copy();
        extensions.forEach((type, ext) -> b.extensions.put(type, ext.copy()));
        return b;
    }

    public Optional<User> user(String id) { return Optional.ofNullable(users.get(id)); }

    /** The ESM-specific data of this type, when a reader or interpreter supplied it. */
    public <T extends ModelExtension> Optional<T> extension(Class<T> type) {
        return Optional.ofNullable(type.cast(extensions.get(type)));
    }

    /** Every extension, for the canonical dump. */
    public Collection<ModelExtension> extensions() {
        return extensions.values();
    }

    public Optional<Group> group(String name) { return Optional.ofNullable(groups.get(name)); }
    public Collection<User> users() { return users.values(); }
    public Collection<Group> groups() { return groups.values(); }

    public List<Connection> connectionsOf(String userId) {
        return connectionsByUser.getOrDefault(userId, List.of());
    }

    public List<Connection> membersOf(String group) {
        return connectionsByGroup.getOrDefault(group, List.of());
    }

    public Optional<Connection> connection(String userId, String group) {
        return connectionsOf(userId).stream().filter(c -> c.getGroup().equals(group)).findFirst();
    }

    public Collection<Connection> connections() {
        List<Connection> all = new ArrayList<>();
        connectionsByUser.values().forEach(all::addAll);
        return all;
    }

    /** The profiles of a class; empty (never null) for a class with none. */
    public ClassProfiles profiles(String className) {
        ClassProfiles cp = profilesByClass.get(className);
        return cp == null ? new ClassProfiles(className) : cp;
    }

    public Collection<ClassProfiles> classes() {
        return profilesByClass.values();
    }

    /** SETROPTS-style class settings; empty when no input supplied them. */
    public Optional<ClassOptions> classOptions() {
        return Optional.ofNullable(classOptions);
    }

    /**
     * The profiles of one class: discrete ones by name, generic ones in a list. Discrete data set
     * profiles of one name on several volumes are all kept; a lookup by name finds the first.
     */
    public static final class ClassProfiles {
        private final String className;
        private final Map<String, ResourceProfile> discrete = new LinkedHashMap<>();
        private final List<ResourceProfile> sameNameOtherVolume = new ArrayList<>();
        private final List<ResourceProfile> generic = new ArrayList<>();

        ClassProfiles(String className) {
            this.className = className;
        }

        void add(ResourceProfile p) {
            if (p.isGeneric()) {
                generic.add(p);
            } else if (discrete.putIfAbsent(p.getName(), p) != null) {
                sameNameOtherVolume.add(p);
            }
        }

        public String className() { return className; }
        public Optional<ResourceProfile> discrete(String name) { return Optional.ofNullable(discrete.get(name)); }
        public List<ResourceProfile> generics() { return Collections.unmodifiableList(generic); }

        public List<ResourceProfile> all() {
            List<ResourceProfile> all = new ArrayList<>(discrete.values());
            all.addAll(sameNameOtherVolume);
            all.addAll(generic);
            return all;
        }

        public int size() { return discrete.size() + sameNameOtherVolume.size() + generic.size(); }
    }

    /** Collects identities and profiles by key, in any record order. */
    public static final class Builder {
        private final Map<String, User> users = new HashMap<>();
        private final Map<String, Group> groups = new HashMap<>();
        /** Connections by user, then by group: a user's connections are looked up together and are few. */
        private final Map<String, UserConnections> connections = new LinkedHashMap<>();
        private final Map<String, ResourceProfile> profiles = new LinkedHashMap<>();
        /** The profile last asked for: an unload lists a profile's access records right after it. */
        private ResourceProfile lastProfile;
        private ClassOptions classOptions;
        private final Map<Class<?>, ModelExtension> extensions = new HashMap<>();

        private Builder() {
        }

        private UserConnections connectionsOf(String userId) {
            return connections.computeIfAbsent(userId, k -> new UserConnections());
        }

        /** The user with this ID, created on first mention. */
        public User user(String id) { return users.computeIfAbsent(id, User::new); }
        public Group group(String name) { return groups.computeIfAbsent(name, Group::new); }
        public Connection connection(String userId, String group) {
            return connectionsOf(userId).getOrAdd(userId, group);
        }
        public ResourceProfile profile(String className, String name) { return profile(className, name, null); }
        public ResourceProfile profile(String className, String name, String volume) {
            ResourceProfile last = lastProfile;
            if (last != null && same(last.getClassName(), className) && same(last.getName(), name)
                    && same(emptyIfNull(last.getVolume()), emptyIfNull(volume))) {
                return last;
            }
            lastProfile = profiles.computeIfAbsent(ResourceProfile.key(className, name, volume), k -> new ResourceProfile(className, name, volume));
            return lastProfile;
        }

        private static boolean same(String a, String b) {
            return a == b || a.equals(b);
        }

        private static String emptyIfNull(String s) {
            return s == null ? "" : s;
        }

        public Optional<User> findUser(String id) { return Optional.ofNullable(users.get(id)); }
        public Optional<Group> findGroup(String name) { return Optional.ofNullable(groups.get(name)); }
        public Optional<ResourceProfile> findProfile(String className, String name) {
            return Optional.ofNullable(profiles.get(ResourceProfile.key(className, name, null)));
        }
        public Optional<Connection> findConnection(String userId, String group) {
            UserConnections mine = connections.get(userId);
            return Optional.ofNullable(mine == null ? null : mine.get(group));
        }

        /** Everything collected so far, for interpreters that look across identities (live views; connections a copy). */
        public Collection<User> users() { return Collections.unmodifiableCollection(users.values()); }
        public Collection<Group> groups() { return Collections.unmodifiableCollection(groups.values()); }
        public Collection<Connection> connections() {
            List<Connection> all = new ArrayList<>();
            connections.values().forEach(mine -> all.addAll(mine.list()));
            return Collections.unmodifiableList(all);
        }
        public Collection<ResourceProfile> profiles() { return Collections.unmodifiableCollection(profiles.values()); }

        public boolean removeUser(String id) {
            connections.remove(id);
            return users.remove(id) != null;
        }
        public boolean removeGroup(String name) { return groups.remove(name) != null; }
        public boolean removeConnection(String userId, String group) {
            UserConnections mine = connections.get(userId);
            return mine != null && mine.remove(group);
        }
        public boolean removeProfile(String className, String name) {
            lastProfile = null;
            return profiles.remove(ResourceProfile.key(className, name, null)) != null;
        }
        /** Removes this profile, under its own key (class, name and, for a discrete data set profile, volume). */
        public boolean removeProfile(ResourceProfile profile) {
            lastProfile = null;
            return profiles.remove(profile.key()) != null;
        }

        /** The class options, created (all classes inactive) on first use. */
        public ClassOptions classOptions() {
            if (classOptions == null) {
                classOptions = new ClassOptions();
            }
            return classOptions;
        }

        public boolean hasClassOptions() { return classOptions != null; }

        /**
         * The class options for commands to change: the ones read so far, or, when no listing was
         * read, {@link ClassOptions#partial() partial} ones that know only what the commands set.
         */
        public ClassOptions classOptionsForCommands() {
            if (classOptions == null) {
                classOptions = ClassOptions.partial();
            }
            return classOptions;
        }

        /** The ESM-specific data of this type, created by {@code create} on first use. */
        public <T extends ModelExtension> T extension(Class<T> type, java.util.function.Supplier<T> create) {
            return type.cast(extensions.computeIfAbsent(type, k -> create.get()));
        }

        public SecurityModel build() {
            return new SecurityModel(this);
        }
    }
}
