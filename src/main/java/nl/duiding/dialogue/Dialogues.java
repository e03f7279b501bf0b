package nl.duiding.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.identity.DuidingUser;
import nl.duiding.identity.Role;
import nl.duiding.identity.UserAccounts;
import nl.duiding.opgave.OpgaveCatalog;

/** Starting dialogues, inviting, pinning material and reading them back, each checked against {@link DialogueAccess}. */
@Service
@Transactional
class Dialogues {

    static final int MAX_TITLE = 200;

    private final DialogueStore store;
    private final MaterialStore material;
    private final DiscussionStore discussion;
    private final Baselines baselines;
    private final OpgaveCatalog catalog;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final Map<String, MaterialKind> kinds;

    Dialogues(DialogueStore store, MaterialStore material, DiscussionStore discussion, Baselines baselines,
              OpgaveCatalog catalog, UserAccounts accounts, AuditLog audit, List<MaterialKind> kinds) {
        this.store = store;
        this.material = material;
        this.discussion = discussion;
        this.baselines = baselines;
        this.catalog = catalog;
        this.accounts = accounts;
        this.audit = audit;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(MaterialKind::code, Function.identity()));
    }

    long create(NewDialogue d, Actor actor) {
        requireOfficer(actor);
        if (catalog.opgave(d.opgaveId()).isEmpty()) {
            throw new DialogueRejectedException("dialogue.new.noOpgave");
        }
        if (d.title() == null || d.title().isBlank() || d.title().length() > MAX_TITLE) {
            throw new DialogueRejectedException("dialogue.new.title.invalid");
        }
        if (d.periodStart() == null || d.periodEnd() == null || d.periodEnd().isBefore(d.periodStart())) {
            throw new DialogueRejectedException("dialogue.new.period");
        }
        if (d.providerIds().stream().anyMatch(p -> catalog.provider(p).isEmpty())
                || d.districtCodes().stream().anyMatch(c -> catalog.district(c).isEmpty())) {
            throw new DialogueRejectedException("dialogue.new.unknown");
        }
        long id = store.insert(d, baselines.measure(d.opgaveId(), d.periodStart().getYear()), actor.username());
        store.invite(id, actor.username(), Role.POLICY_OFFICER, actor.username());
        audit.record(AuditAction.CREATE, "DIALOGUE", id, AuditResult.OK, "opgave=" + d.opgaveId());
        return id;
    }

    @Transactional(readOnly = true)
    List<Dialogue> visibleTo(Actor actor) {
        return actor.isOfficer() ? store.all() : store.invited(actor.username()).stream()
                .filter(d -> DialogueAccess.canView(actor, store.participants(d.id()))).toList();
    }

    /** The dialogue, if the actor may view it; a refusal is audited. */
    @Transactional(readOnly = true)
    Dialogue open(long id, Actor actor) {
        Dialogue dialogue = store.find(id).orElseThrow(DialogueNotFoundException::new);
        if (!DialogueAccess.canView(actor, store.participants(id))) {
            deny(id, "not invited");
        }
        return dialogue;
    }

    /** The dialogue, if the actor may add to it. */
    @Transactional(readOnly = true)
    Dialogue openToContribute(long id, Actor actor) {
        Dialogue dialogue = open(id, actor);
        if (!DialogueAccess.canContribute(actor, store.participants(id))) {
            deny(id, "observer");
        }
        return dialogue;
    }

    @Transactional(readOnly = true)
    List<Participant> participants(long id) {
        return store.participants(id);
    }

    void invite(long id, String username, Actor actor) {
        requireOfficer(actor);
        Dialogue dialogue = open(id, actor);
        DuidingUser user = accounts.accounts().stream().filter(a -> a.username().equalsIgnoreCase(username == null ? "" : username.strip()))
                .findFirst().orElseThrow(() -> new DialogueRejectedException("dialogue.invite.unknown"));
        if (user.role() == Role.ADMIN) {
            throw new DialogueRejectedException("dialogue.invite.role");
        }
        if (user.role() == Role.PROVIDER && !dialogue.providerIds().isEmpty()
                && user.providerIds().stream().noneMatch(dialogue.providerIds()::contains)) {
            throw new DialogueRejectedException("dialogue.invite.otherProvider");
        }
        store.invite(id, user.username(), user.role(), actor.username());
        audit.record(AuditAction.UPDATE, "DIALOGUE", id, AuditResult.OK, "invited=" + user.username());
    }

    /**
     * Takes a participant out of the dialogue: from the next request on they no longer see it (the rules read the
     * participant list). The officer who made the dialogue stays; what the removed participant wrote stays,
     * attributed to them.
     */
    void uninvite(long id, String username, Actor actor) {
        requireOfficer(actor);
        Dialogue dialogue = open(id, actor);
        String name = username == null ? "" : username.strip();
        if (name.equalsIgnoreCase(dialogue.createdBy())) {
            throw new DialogueRejectedException("dialogue.uninvite.creator");
        }
        if (!store.remove(id, name)) {
            throw new DialogueRejectedException("dialogue.uninvite.unknown");
        }
        audit.record(AuditAction.UPDATE, "DIALOGUE", id, AuditResult.OK, "uninvited=" + name);
    }

    /** Invitable local accounts: policy officers, provider users and griffie. */
    @Transactional(readOnly = true)
    List<DuidingUser> invitable() {
        return accounts.accounts().stream().filter(a -> a.role() != Role.ADMIN && a.enabled()).toList();
    }

    void pin(long id, String kindCode, Map<String, String> fields, Actor actor, Locale locale) {
        Dialogue dialogue = openToContribute(id, actor);
        MaterialKind kind = kindCode == null ? null : kinds.get(kindCode);
        if (kind == null) {
            throw new DialogueRejectedException("dialogue.material.invalid");
        }
        try {
            material.insert(id, kind.code(), kind.freeze(dialogue, fields, actor, locale), actor.attribution());
        } catch (MaterialRefusedException e) {
            if (e.isForbidden()) {
                deny(id, "material about another provider: " + kind.code());
            }
            throw new DialogueRejectedException(e.messageKey());
        }
    }

    /** The pinned material this actor may see (the dialogue must be open to them already). */
    @Transactional(readOnly = true)
    List<PinnedMaterial> material(Dialogue dialogue, Actor actor) {
        return material.of(dialogue.id(), kinds).stream().filter(m -> DialogueAccess.canSee(actor, m)).toList();
    }

    /** One pinned item; someone else's provider's material is refused and audited. */
    @Transactional(readOnly = true)
    PinnedMaterial item(long id, long itemId, Actor actor) {
        open(id, actor);
        PinnedMaterial item = material.find(id, itemId, kinds).orElseThrow(DialogueNotFoundException::new);
        if (!DialogueAccess.canSee(actor, item)) {
            deny(id, "material " + itemId + " not visible to the user");
        }
        return item;
    }

    @Transactional(readOnly = true)
    String svg(long id, long itemId, Actor actor) {
        return material.svg(item(id, itemId, actor).id()).orElseThrow(DialogueNotFoundException::new);
    }

    @Transactional(readOnly = true)
    Optional<Movement> movement(Dialogue dialogue) {
        return store.previous(dialogue).map(previous -> new Movement(previous,
                discussion.decisions(previous.id()).stream().filter(d -> d.status() == DecisionStatus.OPEN).toList(),
                previous.baseline(), baselines.measure(dialogue.opgaveId(), previous.baseline().year())));
    }

    Map<String, MaterialKind> kinds() {
        return kinds;
    }

    static LocalDate today() {
        return LocalDate.now(nl.duiding.platform.Period.ZONE);
    }

    private void requireOfficer(Actor actor) {
        if (!actor.isOfficer()) {
            throw new DialogueDeniedException("policy officers only");
        }
    }

    private void deny(long id, String reason) {
        audit.record(AuditAction.READ, "DIALOGUE", id, AuditResult.DENIED, reason);
        throw new DialogueDeniedException(reason);
    }
}
