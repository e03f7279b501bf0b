package nl.duiding.identity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.data.EnglishCharacterData;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.CharacterCharacteristicsRule;
import org.passay.rule.CharacterRule;
import org.passay.rule.DictionaryRule;
import org.passay.rule.LengthComplexityRule;
import org.passay.rule.LengthRule;
import org.passay.rule.UsernameRule;

/**
 * The rules for a local account's password, checked with Passay wherever a password is set:
 * 12 to 64 characters; below 20 characters at least three of the four kinds (capitals, small letters,
 * digits, other signs), from 20 on a passphrase of any characters; not containing the username (also backwards), not on the bundled list of common passwords,
 * and at most 72 bytes, bcrypt's limit.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    /** From this length a password is a passphrase and needs no mix of kinds of characters. */
    static final int PASSPHRASE_LENGTH = 20;
    private static final int BCRYPT_MAX_BYTES = 72;
    /** Our own Dutch list (seasons, "welkom", "wachtwoord", the municipality) and zxcvbn-ts's 49,000 common passwords. */
    private static final List<String> COMMON_PASSWORDS = List.of("/identity/common-passwords.txt",
            "/identity/zxcvbn-passwords.txt");
    /** A password whose letters alone are a common word ("Password1234!", "Zomer2026!Zomer") is common too. */
    private static final int MIN_CORE_LETTERS = 4;

    /** Passay's error codes, mapped to keys in messages/security.properties. */
    private static final Map<String, String> MESSAGES = Map.of(
            LengthRule.ERROR_CODE_MIN, "password.tooShort",
            LengthRule.ERROR_CODE_MAX, "password.tooLong",
            LengthComplexityRule.ERROR_CODE, "password.tooSimple",
            UsernameRule.ERROR_CODE, "password.containsUsername",
            UsernameRule.ERROR_CODE_REVERSED, "password.containsUsername",
            DictionaryRule.ERROR_CODE, "password.common",
            DictionaryRule.ERROR_CODE_REVERSED, "password.common");

    private final PasswordValidator validator;
    private final WordListDictionary common = new WordListDictionary(commonPasswords());

    PasswordPolicy() {
        this.validator = new DefaultPasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new LengthComplexityRule(true, false,
                        new LengthComplexityRule.Entry("[0," + PASSPHRASE_LENGTH + ")", threeOfFourKinds()),
                        new LengthComplexityRule.Entry("[" + PASSPHRASE_LENGTH + ",1000]", new LengthRule(PASSPHRASE_LENGTH, 1000))),
                new UsernameRule(true, true),
                new DictionaryRule(common, true));
    }

    private static CharacterCharacteristicsRule threeOfFourKinds() {
        return new CharacterCharacteristicsRule(true, false, 3,
                new CharacterRule(EnglishCharacterData.UpperCase, 1),
                new CharacterRule(EnglishCharacterData.LowerCase, 1),
                new CharacterRule(EnglishCharacterData.Digit, 1),
                new CharacterRule(EnglishCharacterData.Special, 1));
    }

    /** The message keys of every rule the password breaks; empty when it is acceptable. */
    List<String> problems(String username, String password) {
        Set<String> problems = new LinkedHashSet<>();
        ValidationResult result = validator.validate(new PasswordData(Objects.requireNonNullElse(username, ""),
                Objects.requireNonNullElse(password, "")));
        for (RuleResultDetail detail : result.getDetails()) {
            problems.add(MESSAGES.getOrDefault(detail.getErrorCode(), "password.tooSimple"));
        }
        if (password != null && commonCore(password)) {
            problems.add("password.common");
        }
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            problems.add("password.tooLong");
        }
        return List.copyOf(problems);
    }

    /**
     * Whether the letters of the password, without its digits and signs, are a common password or one repeated:
     * adding "2026!" to a common word does not make it uncommon.
     */
    private boolean commonCore(String password) {
        String letters = password.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
        if (letters.length() < MIN_CORE_LETTERS) {
            return false;
        }
        int half = letters.length() / 2;
        boolean repeated = letters.length() % 2 == 0 && letters.substring(0, half).equals(letters.substring(half));
        return common.search(letters) || (repeated && half >= MIN_CORE_LETTERS && common.search(letters.substring(0, half)));
    }

    /** Throws {@link WeakPasswordException} with every broken rule. */
    void check(String username, String password) {
        List<String> problems = problems(username, password);
        if (!problems.isEmpty()) {
            throw new WeakPasswordException(problems);
        }
    }

    private static org.passay.dictionary.ArrayWordList commonPasswords() {
        Reader[] readers = new Reader[COMMON_PASSWORDS.size()];
        try {
            for (int i = 0; i < readers.length; i++) {
                var stream = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS.get(i));
                if (stream == null) {
                    throw new IllegalStateException(COMMON_PASSWORDS.get(i) + " is missing from the classpath");
                }
                readers[i] = new InputStreamReader(stream, StandardCharsets.UTF_8);
            }
            return WordLists.createFromReader(readers, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Reader reader : readers) {
                try {
                    if (reader != null) {
                        reader.close();
                    }
                } catch (IOException ignored) {
                    // reading is done
                }
            }
        }
    }
}
