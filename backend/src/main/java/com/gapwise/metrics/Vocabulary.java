package com.gapwise.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words that classify lanes and pools and name channels. Matching is on whole words (and their
 * plural), case-insensitive; phrases of up to three words win over their parts.
 */
final class Vocabulary {

    enum Sense { ROLE, CUSTOMER, CHANNEL, SYSTEM }

    /**
     * A vocabulary phrase found in a name.
     *
     * @param end index of its last word, so that the head (last) noun of the name can be found
     */
    record Hit(String phrase, Sense sense, String channel, int end, int words) {
    }

    /** @param inTaskNames false for words that are usually verbs in task labels ("store", "post") */
    private record Entry(Sense sense, String channel, boolean inTaskNames) {
    }

    private static final int MAX_PHRASE_WORDS = 3;
    private static final Map<String, Entry> ENTRIES = new HashMap<>();

    static {
        role("agent", "team", "officer", "clerk", "manager", "management", "supervisor", "advisor", "adviser",
                "representative", "rep", "specialist", "staff", "department", "dept", "analyst", "handler", "operator",
                "tier", "consultant", "engineer", "technician", "coordinator", "dispatcher", "desk", "helpdesk",
                "help desk", "service desk", "back office", "backoffice", "front office", "contact centre",
                "contact center", "call centre", "call center", "employee", "worker", "expert", "approver", "reviewer",
                "accountant", "associate", "administrator", "assessor", "adjuster", "underwriter", "support",
                // the organisation serving the customer, not the customer
                "customer service", "customer services", "customer care", "customer support", "customer success",
                "customer experience", "customer relations", "customer operations", "client service",
                "client services");
        customer("customer", "client", "citizen", "caller", "consumer", "patient", "policyholder", "subscriber",
                "applicant", "requester", "requestor", "guest", "passenger", "tenant", "buyer", "shopper", "end user");
        system("system", "crm", "erp", "platform", "application", "database", "db", "api", "engine", "server",
                "software", "tool", "bot", "rpa", "sap", "salesforce", "servicenow", "zendesk", "backend", "back end",
                "middleware", "mainframe", "service bus", "esb", "workflow", "automation");
        channel("portal", true, "portal", "web portal", "customer portal", "self service", "selfservice", "website",
                "web site", "web", "online", "web form", "webform");
        channel("app", true, "app", "mobile app", "mobile");
        channel("chat", true, "chat", "live chat", "webchat", "chatbot", "chat bot", "virtual agent",
                "virtual assistant", "messenger", "whatsapp");
        channel("phone", true, "phone", "telephone", "telephony", "hotline", "ivr", "call", "voice");
        channel("email", true, "email", "e mail", "mail", "mailbox", "inbox");
        channel("letter", true, "letter", "postal");
        channel("sms", true, "sms", "text message");
        channel("social", true, "social", "social media", "twitter", "facebook", "instagram", "linkedin");
        channel("in person", true, "in person", "face to face", "branch", "kiosk", "walk in", "showroom");
        channel("in person", false, "store", "shop", "counter");
        channel("video", true, "video", "video call");
    }

    private Vocabulary() {
    }

    private static void role(String... phrases) {
        for (String p : phrases) {
            ENTRIES.put(p, new Entry(Sense.ROLE, null, false));
        }
    }

    private static void customer(String... phrases) {
        for (String p : phrases) {
            ENTRIES.put(p, new Entry(Sense.CUSTOMER, null, false));
        }
    }

    private static void system(String... phrases) {
        for (String p : phrases) {
            ENTRIES.put(p, new Entry(Sense.SYSTEM, null, false));
        }
    }

    private static void channel(String channel, boolean inTaskNames, String... phrases) {
        for (String p : phrases) {
            ENTRIES.put(p, new Entry(Sense.CHANNEL, channel, inTaskNames));
        }
    }

    /** Lower-case words of a label; punctuation and hyphens separate words ("Self-Service" = "self service"). */
    static String[] words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words.toArray(new String[0]);
    }

    /** Lane and pool names compare like this: case and spacing do not matter. */
    static String normalName(String name) {
        return String.join(" ", words(name));
    }

    static List<Hit> hits(String text) {
        return hits(words(text));
    }

    private static List<Hit> hits(String[] words) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder joined = new StringBuilder(words[i]);
            List<String> phrases = new ArrayList<>(MAX_PHRASE_WORDS);
            phrases.add(words[i]);
            for (int n = 2; n <= MAX_PHRASE_WORDS && i + n <= words.length; n++) {
                phrases.add(joined.append(' ').append(words[i + n - 1]).toString());
            }
            for (int n = phrases.size(); n >= 1; n--) {
                String phrase = phrases.get(n - 1);
                Entry entry = lookup(phrase);
                if (entry != null) {
                    hits.add(new Hit(phrase, entry.sense(), entry.channel(), i + n - 1, n));
                }
            }
        }
        return hits;
    }

    private static Entry lookup(String phrase) {
        Entry entry = ENTRIES.get(phrase);
        if (entry == null && phrase.length() > 2 && phrase.endsWith("s")) {
            entry = ENTRIES.get(phrase.substring(0, phrase.length() - 1));
        }
        return entry;
    }

    /**
     * The head of a name: the vocabulary phrase ending last, the longest one on a tie. In English
     * compounds the last noun decides what a thing is: "CRM team" is a team, "agent desktop
     * application" an application, "customer portal" a portal. A customer word counts only as the
     * last word: pools are often named after their process ("Customer Onboarding").
     */
    static Optional<Hit> head(String name) {
        String[] words = words(name);
        Hit best = null;
        for (Hit hit : hits(words)) {
            if (hit.sense() == Sense.CUSTOMER && hit.end() < words.length - 1) {
                continue; // "Customer Onboarding", "Client data": the customer qualifies something else
            }
            if (best == null || hit.end() > best.end() || hit.end() == best.end() && hit.words() > best.words()) {
                best = hit;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Channel names mentioned in a lane or pool name (all words). */
    static Set<String> channelsInName(String name) {
        return channels(name, false);
    }

    /** Channel names mentioned in a task or message label, skipping words that are usually verbs there. */
    static Set<String> channelsInLabel(String label) {
        return channels(label, true);
    }

    private static Set<String> channels(String text, boolean label) {
        Set<String> channels = new TreeSet<>();
        List<Hit> hits = hits(text);
        for (Hit hit : hits) {
            // "call centre" is a role, so its "call" names no channel
            boolean partOfLonger = hits.stream().anyMatch(h -> h.words() > hit.words() && covers(h, hit));
            if (hit.sense() == Sense.CHANNEL && !partOfLonger && (!label || lookup(hit.phrase()).inTaskNames())) {
                channels.add(hit.channel());
            }
        }
        return channels;
    }

    /** Whether the longer hit spans the shorter one ("call centre" spans "call"). */
    private static boolean covers(Hit longer, Hit shorter) {
        int longerStart = longer.end() - longer.words() + 1;
        int shorterStart = shorter.end() - shorter.words() + 1;
        return longerStart <= shorterStart && longer.end() >= shorter.end();
    }
}
