package ca.vigie.complaints.files;

import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails from the office. They say only that something is waiting or due and where to look: never
 * what a file says, whom it names or who reported it. Sent once the transaction that caused them
 * commits, so a refused change sends nothing.
 */
@Component
class OfficeMail {

    private static final Logger log = LoggerFactory.getLogger(OfficeMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final String from;

    OfficeMail(
            ObjectProvider<JavaMailSender> mail,
            OrganizationDirectory directory,
            MessageSource messages,
            @Value("${vigie.mail.from:vigie@localhost}") String from) {
        this.mail = mail;
        this.directory = directory;
        this.messages = messages;
        this.from = from;
    }

    /** Tells a person, in their language, the subject and body these keys name. */
    void tell(UUID communityId, UUID personId, String subjectKey, String bodyKey, Object... arguments) {
        List<PersonRef> people = directory.people(communityId, List.of(personId));
        if (people.isEmpty()
                || people.get(0).email().isBlank()
                || !people.get(0).enabled()) {
            return;
        }
        PersonRef person = people.get(0);
        Locale locale = Locale.forLanguageTag(person.preferredLanguage());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(person.email());
        message.setFrom(from);
        message.setSubject(messages.getMessage(subjectKey, arguments, locale));
        message.setText(messages.getMessage(bodyKey, arguments, locale));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(message);
                }
            });
        } else {
            send(message);
        }
    }

    private void send(SimpleMailMessage message) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("Office mail not sent: no mail server is configured");
            return;
        }
        try {
            sender.send(message);
        } catch (MailException failed) {
            log.warn("Office mail could not be sent: {}", failed.getClass().getSimpleName());
        }
    }
}
