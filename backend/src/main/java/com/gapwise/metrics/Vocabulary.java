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

    /**
     * @param inTaskNames false for words that are usually verbs in task labels ("store", "post")
     * @param frontLine   a role that talks to the customer (agent, contact centre, service desk)
     * @param digital     a channel that is also software the organisation runs (portal, app, chatbot, IVR)
     */
    private record Entry(Sense sense, String channel, boolean inTaskNames, boolean frontLine, boolean digital) {
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
                "mail room", "mailroom", "post room", "postroom", "operative", "warehouse", "stockroom", "stock room",
                "parts store",
                // the organisation serving the customer, not the customer
                "customer service", "customer services", "customer care", "customer support", "customer success",
                "customer experience", "customer relations", "customer operations", "client service",
                "client services");
        customer("customer", "client", "citizen", "caller", "consumer", "patient", "policyholder", "subscriber",
                "applicant", "requester", "requestor", "complainant", "claimant", "guest", "passenger", "tenant", "buyer", "shopper", "end user");
        // roles that talk to the customer: a change there is felt by customers
        frontLine("agent", "advisor", "adviser", "representative", "rep", "helpdesk", "help desk", "service desk",
                "front office", "front line", "frontline", "first line", "1st line", "contact centre",
                "contact center", "call centre", "call center", "customer service", "customer services",
                "customer care", "customer support", "customer relations", "client service", "client services");
        system("system", "crm", "erp", "platform", "application", "database", "db", "api", "engine", "server",
                "software", "tool", "bot", "rpa", "sap", "salesforce", "servicenow", "zendesk", "backend", "back end",
                "middleware", "mainframe", "service bus", "esb", "workflow", "automation", "ticketing", "acd",
                "dynamics", "ai", "hub", "gateway", "robot");
        channel("portal", true, "portal", "web portal", "customer portal", "self service", "selfservice", "website",
                "web site", "web", "online", "web form", "webform", "web shop", "webshop");
        channel("app", true, "app", "mobile app", "mobile");
        channel("chat", true, "chat", "live chat", "webchat", "chatbot", "chat bot", "virtual agent",
                "virtual assistant", "messenger", "whatsapp");
        channel("phone", true, "phone", "telephone", "telephony", "hotline", "ivr", "call", "voice");
        // channels that are software of the organisation: a change there is an IT change
        digital("portal", "web portal", "customer portal", "self service", "selfservice", "website", "web site",
                "web form", "webform", "web shop", "webshop", "app", "mobile app", "chatbot", "chat bot",
                "virtual agent", "virtual assistant", "ivr", "telephony");
        channel("email", true, "email", "e mail", "mail", "mailbox", "inbox");
        channel("letter", true, "letter", "postal");
        channel("sms", true, "sms", "text message");
        channel("social", true, "social", "social media", "twitter", "facebook", "instagram", "linkedin");
        channel("in person", true, "in person", "face to face", "branch", "kiosk", "walk in", "showroom");
        channel("in person", false, "store", "shop", "counter");
        channel("video", true, "video", "video call");
        // "received on any channel": every channel the organisation has, none named
        channel(ServiceMetrics.ANY_CHANNEL, true, "any channel", "all channel", "every channel", "omnichannel",
                "omni channel", "multichannel", "multi channel");
    }

    private Vocabulary() {
    }

    /** Marks role phrases as front line, adding those that are not role words yet ("first line"). */
    private static void frontLine(String... phrases) {
        for (String p : phrases) {
            Entry e = ENTRIES.get(p);
            if (e != null && e.sense() != Sense.ROLE) {
                throw new IllegalStateException("'" + p + "' is not a role phrase");
            }
            ENTRIES.put(p, new Entry(Sense.ROLE, null, false, true, false));
        }
    }

    private static void digital(String... phrases) {
        for (String p : phrases) {
            Entry e = ENTRIES.get(p);
            if (e == null || e.sense() != Sense.CHANNEL) {
                throw new IllegalStateException("'" + p + "' is not a channel phrase");
            }
            ENTRIES.put(p, new Entry(e.sense(), e.channel(), e.inTaskNames(), false, true));
        }
    }

    private static void role(String... phrases) {
        for (String p : phrases) {
            ENTRIES.put(p, new Entry(Sense.ROLE, null, false, false, false));
        }
    }

    private static void customer(String... phrases) {
        for (String p : phrases) {
            ENTRIES.put(p, new Entry(Sense.CUSTOMER, null, false, false, false));
        }
    }

    private static void system(String... phrases) {
        for (String p : phrases) {
            ENTRIES.put(p, new Entry(Sense.SYSTEM, null, false, false, false));
        }
    }

    private static void channel(String channel, boolean inTaskNames, String... phrases) {
        for (String p : phrases) {
            ENTRIES.put(p, new Entry(Sense.CHANNEL, channel, inTaskNames, false, false));
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

    /** Whether the hit is a role that talks to the customer ("agent", "service desk"). */
    static boolean frontLine(Hit hit) {
        return lookup(hit.phrase()).frontLine();
    }

    /** Whether the hit is a channel that is also software ("portal", "chatbot", "IVR"). */
    static boolean digital(Hit hit) {
        return lookup(hit.phrase()).digital();
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
