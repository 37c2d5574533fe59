<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>BuiltInDataText</name>
    <message>
        <source>the form definitions</source>
        <translation>les définitions de formulaires</translation>
    </message>
    <message>
        <source>the obligation rules</source>
        <translation>les règles d&apos;obligations</translation>
    </message>
    <message>
        <source>the jurisdiction directory</source>
        <translation>l&apos;annuaire des juridictions</translation>
    </message>
    <message>
        <source>the art. 7-2 III lexicon</source>
        <translation>le lexique de l&apos;art. 7-2, III</translation>
    </message>
    <message>
        <source>this build of Probitas is defective: %1 could not be loaded</source>
        <translation>cette version de Probitas est défectueuse&#xa0;: impossible de charger %1</translation>
    </message>
    <message>
        <source>the correspondence with the HATVP&apos;s XML</source>
        <translation>la correspondance avec le format XML de la HATVP</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>unexpected data after the end of the document</source>
        <translation>données inattendues après la fin du document</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON mal formé ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown literal (expected true, false or null)</source>
        <translation>littéral inconnu (true, false ou null attendu)</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>fin inattendue des données</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>clé entre guillemets attendue</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>clé en double &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>&apos;:&apos; attendu après une clé</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>chiffre attendu</translation>
    </message>
    <message>
        <source>leading zeros are not allowed</source>
        <translation>les zéros non significatifs en tête ne sont pas admis</translation>
    </message>
    <message>
        <source>integer out of range (at most %1)</source>
        <translation>entier hors limites (%1 au plus)</translation>
    </message>
    <message>
        <source>not an integer: declarations hold whole numbers only (amounts in cents)</source>
        <translation>nombre non entier&#xa0;: les déclarations ne contiennent que des nombres entiers (montants en centimes)</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>séquence d&apos;échappement \u tronquée</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>séquence d&apos;échappement \u invalide</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>control character in a string (escape it)</source>
        <translation>caractère de contrôle dans une chaîne (il doit être échappé)</translation>
    </message>
    <message>
        <source>unpaired surrogate in a \u escape</source>
        <translation>demi-codet d&apos;indirection (surrogate) non apparié dans une séquence d&apos;échappement \u</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d&apos;échappement invalide</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>UTF-8 invalide dans une chaîne</translation>
    </message>
</context>
<context>
    <name>CodecText</name>
    <message>
        <source>not text: %1</source>
        <translation>n&apos;est pas un texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>a one-line field holds no line break</source>
        <translation>un champ d&apos;une seule ligne ne peut contenir de saut de ligne</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>n&apos;est pas une date (YYYY-MM-DD)&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a month (YYYY-MM): %1</source>
        <translation>n&apos;est pas un mois (YYYY-MM)&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a year: %1</source>
        <translation>n&apos;est pas une année&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>n&apos;est pas un nombre entier&#xa0;: %1</translation>
    </message>
    <message>
        <source>not an amount (a whole number of euro cents): %1</source>
        <translation>n&apos;est pas un montant (nombre entier de centimes d&apos;euro)&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a percentage (hundredths of a percent, from 0 to 10000): %1</source>
        <translation>n&apos;est pas un pourcentage (en centièmes de pour cent, de 0 à 10000)&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a surface (hundredths of a square metre): %1</source>
        <translation>n&apos;est pas une surface (en centièmes de mètre carré)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 ne fait pas partie des valeurs admises&#xa0;: %2</translation>
    </message>
    <message>
        <source>not true or false: %1</source>
        <translation>n&apos;est ni true ni false&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a non-empty list: %1</source>
        <translation>n&apos;est pas une liste non vide&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsupported field type</source>
        <translation>type de champ non pris en charge</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>a declaration is a JSON object</source>
        <translation>une déclaration doit être un objet JSON</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>unknown form definition %1 (known: %2)</source>
        <translation>définition de formulaire inconnue %1 (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; for schema %2</source>
        <translation>&quot;%1&quot; attendu pour le schéma %2</translation>
    </message>
    <message>
        <source>expected installation, cessation, modification or modification-apres-entretien</source>
        <translation>valeur attendue&#xa0;: installation, cessation, modification ou modification-apres-entretien</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>unknown item</source>
        <translation>rubrique inconnue</translation>
    </message>
    <message>
        <source>an empty list: write &quot;neant&quot;, or leave the item out until answered</source>
        <translation>liste vide&#xa0;: indiquez &quot;neant&quot;, ou omettez la rubrique tant qu&apos;elle n&apos;est pas renseignée</translation>
    </message>
    <message>
        <source>expected a list of entries or &quot;neant&quot;, found %1</source>
        <translation>liste d&apos;éléments ou &quot;neant&quot; attendu, obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected text of at most %1 characters</source>
        <translation>texte de %1 caractères au plus attendu</translation>
    </message>
    <message>
        <source>expected the id of a filed declaration</source>
        <translation>identifiant d&apos;une déclaration déposée attendu</translation>
    </message>
    <message>
        <source>expected a non-empty list of notes, found %1</source>
        <translation>liste de notes non vide attendue, obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a note needs its value, a reason and its source</source>
        <translation>une note doit comporter sa valeur, un motif et sa source</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ControlLabels</name>
    <message>
        <source>Request for explanations</source>
        <translation>Demande d&apos;explications</translation>
    </message>
    <message>
        <source>Answer of the declarant</source>
        <translation>Réponse du déclarant</translation>
    </message>
    <message>
        <source>Injonction</source>
        <translation>Injonction</translation>
    </message>
    <message>
        <source>Request for the tax returns</source>
        <translation>Demande des déclarations fiscales</translation>
    </message>
    <message>
        <source>Appreciation of the variation</source>
        <translation>Appréciation de la variation</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>concluded on %1</source>
        <translation>conclu le %1</translation>
    </message>
    <message>
        <source>destroyed (retention period over)</source>
        <translation>détruit (durée de conservation écoulée)</translation>
    </message>
    <message>
        <source>injonction unanswered: its month ran out on %1</source>
        <translation>injonction sans réponse&#xa0;: son délai d&apos;un mois a expiré le %1</translation>
    </message>
    <message>
        <source>answer to the injonction due by %1</source>
        <translation>réponse à l&apos;injonction attendue avant le %1</translation>
    </message>
    <message>
        <source>answer awaited to the request of %1</source>
        <translation>réponse attendue à la demande du %1</translation>
    </message>
    <message>
        <source>answer received on %1</source>
        <translation>réponse reçue le %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>injonction: by %1</source>
        <translation>injonction&#xa0;: avant le %1</translation>
    </message>
    <message>
        <source>appreciation: by %1</source>
        <translation>appréciation&#xa0;: avant le %1</translation>
    </message>
</context>
<context>
    <name>ControlPdf</name>
    <message>
        <source>Art. 3-2 %1 of ordonnance n° 58-1067 of 7 November 1958.</source>
        <translation>Art. 3-2 %1 de l&apos;ordonnance n° 58-1067 du 7 novembre 1958.</translation>
    </message>
    <message>
        <source>Art. 7-3 %1 of ordonnance n° 58-1270 of 22 December 1958.</source>
        <translation>Art. 7-3 %1 de l&apos;ordonnance n° 58-1270 du 22 décembre 1958.</translation>
    </message>
    <message>
        <source>A request for explanations went unanswered</source>
        <translation>Une demande d&apos;explications est restée sans réponse</translation>
    </message>
    <message>
        <source>The declaration is incomplete</source>
        <translation>La déclaration est incomplète</translation>
    </message>
    <message>
        <source>Request for explanations</source>
        <translation>Demande d&apos;explications</translation>
    </message>
    <message>
        <source>Injonction</source>
        <translation>Injonction</translation>
    </message>
    <message>
        <source>Request for the tax returns</source>
        <translation>Demande des déclarations fiscales</translation>
    </message>
    <message>
        <source>Appreciation of the variation of the assets</source>
        <translation>Appréciation de la variation de la situation patrimoniale</translation>
    </message>
    <message>
        <source>The variation of the assets calls for no observation.</source>
        <translation>L&apos;évolution de la situation patrimoniale n&apos;appelle pas d&apos;observations.</translation>
    </message>
    <message>
        <source>The variation of the assets is justified.</source>
        <translation>L&apos;évolution de la situation patrimoniale est justifiée.</translation>
    </message>
    <message>
        <source>The explanations are not sufficient: the file is sent to the parquet.</source>
        <translation>Les explications ne sont pas suffisantes&#xa0;: le dossier est transmis au parquet.</translation>
    </message>
    <message>
        <source>The garde des sceaux, ministre de la justice, is seized.</source>
        <translation>Le garde des sceaux, ministre de la justice, est saisi.</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Haute Autorité pour la transparence de la vie publique</source>
        <translation>Haute Autorité pour la transparence de la vie publique</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Declaration of assets (%1), received on %2</source>
        <translation>Déclaration de situation patrimoniale (%1), reçue le %2</translation>
    </message>
    <message>
        <source>Date of the act</source>
        <translation>Date de l&apos;acte</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>To be answered by</source>
        <translation>Réponse attendue au plus tard le</translation>
    </message>
    <message>
        <source>Appreciation due by</source>
        <translation>Appréciation au plus tard le</translation>
    </message>
    <message>
        <source>The Haute Autorité enjoins you to send it the explanations it asked for within one month of this injonction, that is by %1.</source>
        <translation>La Haute Autorité vous enjoint de lui transmettre les explications demandées dans un délai d&apos;un mois à compter de la présente injonction, soit au plus tard le %1.</translation>
    </message>
    <message>
        <source>The Haute Autorité enjoins you to complete your declaration within one month of this injonction, that is by %1.</source>
        <translation>La Haute Autorité vous enjoint de compléter votre déclaration dans un délai d&apos;un mois à compter de la présente injonction, soit au plus tard le %1.</translation>
    </message>
    <message>
        <source>Your tax returns (code général des impôts, art. 170 to 175 A) and those of your spouse, partner or concubin are requested.</source>
        <translation>Vos déclarations fiscales (code général des impôts, art. 170 à 175 A) et celles de votre conjoint, partenaire ou concubin sont demandées.</translation>
    </message>
    <message>
        <source>Your tax returns (code général des impôts, art. 170 to 175 A) are requested.</source>
        <translation>Vos déclarations fiscales (code général des impôts, art. 170 à 175 A) sont demandées.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Text of the act</source>
        <translation>Texte de l&apos;acte</translation>
    </message>
    <message>
        <source>Answer of the declarant</source>
        <translation>Réponse du déclarant</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <source>Answered on %1.</source>
        <translation>Réponse du %1.</translation>
    </message>
    <message>
        <source>Act signed by the Haute Autorité on %1 and sealed for it and the declarant alone.</source>
        <translation>Acte signé par la Haute Autorité le %1 et scellé pour elle et le déclarant seuls.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>HATVP control of the declaration of assets of %1</source>
        <translation>Contrôle par la HATVP de la déclaration de situation patrimoniale de %1</translation>
    </message>
</context>
<context>
    <name>DeclarationPdf</name>
    <message>
        <source>Confidential — art. %1 of ordonnance n° 58-1270; disclosure is punished (art. 226-1 of the code pénal)</source>
        <translation>Confidentiel — art. %1 de l&apos;ordonnance n° 58-1270&#xa0;; divulgation punie (art. 226-1 du code pénal)</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le PDF n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Édité le %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Draft version</source>
        <translation>Version en cours d&apos;élaboration</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le PDF n&apos;a pas pu être achevé</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeclarationsCommand</name>
    <message>
        <source>unknown form %1</source>
        <translation>formulaire inconnu %1</translation>
    </message>
</context>
<context>
    <name>DraftOutbox</name>
    <message>
        <source>%1: cannot make the folder for drafts waiting for the server</source>
        <translation>%1&#xa0;: impossible de créer le dossier des brouillons en attente du serveur</translation>
    </message>
    <message>
        <source>%1: cannot set the damaged draft aside</source>
        <translation>%1&#xa0;: impossible de mettre de côté le brouillon endommagé</translation>
    </message>
    <message>
        <source>no draft waiting</source>
        <translation>aucun brouillon en attente</translation>
    </message>
    <message>
        <source>%1: cannot read the draft waiting for the server</source>
        <translation>%1&#xa0;: impossible de lire le brouillon en attente du serveur</translation>
    </message>
    <message>
        <source>the draft waiting for the server in %1 cannot be read (the file is damaged, cut short or was edited): it is kept there as it is, and nothing is sent</source>
        <translation>le brouillon en attente du serveur dans %1 est illisible (fichier endommagé, tronqué ou modifié)&#xa0;: il y est conservé tel quel, et rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>the draft waiting in %1 belongs to another store or another person: it is kept there as it is, and nothing is sent</source>
        <translation>le brouillon en attente dans %1 appartient à un autre registre ou à une autre personne&#xa0;: il y est conservé tel quel, et rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>%1: cannot remove the draft sent to the server</source>
        <translation>%1&#xa0;: impossible de supprimer le brouillon envoyé au serveur</translation>
    </message>
    <message>
        <source>%1: cannot set the draft aside</source>
        <translation>%1&#xa0;: impossible de mettre le brouillon de côté</translation>
    </message>
</context>
<context>
    <name>EntretienText</name>
    <message>
        <source>scheduled for %1</source>
        <translation>convoqué pour le %1</translation>
    </message>
    <message>
        <source>held on %1</source>
        <translation>tenu le %1</translation>
    </message>
    <message>
        <source>destroyed (retention period over)</source>
        <translation>détruit (durée de conservation écoulée)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>fiche to acknowledge</source>
        <translation>fiche à accuser</translation>
    </message>
    <message>
        <source>fiche acknowledged on %1</source>
        <translation>réception de la fiche accusée le %1</translation>
    </message>
    <message>
        <source>invited to modify the declaration on %1</source>
        <translation>invité à modifier la déclaration le %1</translation>
    </message>
    <message>
        <source>declaration modified after the interview</source>
        <translation>déclaration modifiée à l&apos;issue de l&apos;entretien</translation>
    </message>
    <message>
        <source>avis given on %1</source>
        <translation>avis rendu le %1</translation>
    </message>
    <message>
        <source>awaiting the avis</source>
        <translation>avis attendu</translation>
    </message>
</context>
<context>
    <name>ExportComplianceCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dues</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Déposées</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Source: %1. Situation on %2; days late are counted from the deadline to the filing, or to that day when nothing is filed.</source>
        <translation>Source&#xa0;: %1. Situation au %2&#xa0;; les jours de retard courent de l&apos;échéance jusqu&apos;au dépôt, ou jusqu&apos;à cette date en l&apos;absence de dépôt.</translation>
    </message>
    <message>
        <source>Due: %1 — filed: %2 — late: %3 — on time: %4</source>
        <translation>Dues&#xa0;: %1 — déposées&#xa0;: %2 — en retard&#xa0;: %3 — dans les délais&#xa0;: %4</translation>
    </message>
    <message>
        <source>No declaration matches the filter.</source>
        <translation>Aucune déclaration ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>FichePdf</name>
    <message>
        <source>The authority itself</source>
        <translation>L&apos;autorité elle-même</translation>
    </message>
    <message>
        <source>%1, in person</source>
        <translation>%1, en personne</translation>
    </message>
    <message>
        <source>%1, by delegation</source>
        <translation>%1, par délégation</translation>
    </message>
    <message>
        <source>%1, by delegation of %2</source>
        <translation>%1, par délégation de %2</translation>
    </message>
    <message>
        <source>%1 (%2), filed on %3</source>
        <translation>%1 (%2), déposée le %3</translation>
    </message>
    <message>
        <source>No conflict of interests</source>
        <translation>Absence de conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>Precautions to prevent a conflict of interests (déport…)</source>
        <translation>Précautions pour prévenir un conflit d&apos;intérêts (déport…)</translation>
    </message>
    <message>
        <source>Invitation to end a situation of conflict of interests</source>
        <translation>Invitation à mettre fin à une situation de conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>The collège de déontologie was consulted on this declaration (art. 7-2 II).</source>
        <translation>Le collège de déontologie a été consulté sur cette déclaration (art. 7-2 II).</translation>
    </message>
    <message>
        <source>The collège de déontologie was not consulted.</source>
        <translation>Le collège de déontologie n&apos;a pas été consulté.</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Tenu le&#xa0;:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Conduit par&#xa0;:</translation>
    </message>
    <message>
        <source>Fiche navette — ethics interview</source>
        <translation>Fiche navette — entretien déontologique</translation>
    </message>
    <message>
        <source>Art. 7-2 I of ordonnance n° 58-1270 of 22 December 1958.</source>
        <translation>Art. 7-2 I de l&apos;ordonnance n° 58-1270 du 22 décembre 1958.</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Magistrate</source>
        <translation>Magistrat</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation>Date de l&apos;entretien</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Conduit par</translation>
    </message>
    <message>
        <source>Points discussed</source>
        <translation>Points abordés</translation>
    </message>
    <message>
        <source>No point was recorded item by item.</source>
        <translation>Aucun point n&apos;a été consigné rubrique par rubrique.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Collège de déontologie</source>
        <translation>Collège de déontologie</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Fiche recorded and signed on %1.</source>
        <translation>Fiche enregistrée et signée le %1.</translation>
    </message>
    <message>
        <source>Acknowledged by the magistrate on %1.</source>
        <translation>Réception accusée par le magistrat le %1.</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the magistrate.</source>
        <translation>Réception pas encore accusée par le magistrat.</translation>
    </message>
    <message>
        <source>Fiche navette — %1</source>
        <translation>Fiche navette — %1</translation>
    </message>
    <message>
        <source>Fiche navette — ethics interview of %1 on %2</source>
        <translation>Fiche navette — entretien déontologique de %1 du %2</translation>
    </message>
</context>
<context>
    <name>FicheText</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation>«&#xa0;%1&#xa0;» attendu, obtenu&#xa0;: %2</translation>
    </message>
    <message>
        <source>not text: %1</source>
        <translation>n&apos;est pas un texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>a one-line field holds no line break</source>
        <translation>un champ d&apos;une seule ligne ne peut contenir de saut de ligne</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>an id has no surrounding spaces</source>
        <translation>un identifiant ne commence ni ne se termine par une espace</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>n&apos;est pas une date (YYYY-MM-DD)&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a UTC time (YYYY-MM-DDTHH:MM:SSZ): %1</source>
        <translation>n&apos;est pas une heure UTC (YYYY-MM-DDTHH:MM:SSZ)&#xa0;: %1</translation>
    </message>
    <message>
        <source>not true or false: %1</source>
        <translation>n&apos;est ni true ni false&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not one of: aucun-conflit, precautions, fin-de-conflit</source>
        <translation>%1 ne fait pas partie des valeurs admises&#xa0;: aucun-conflit, precautions, fin-de-conflit</translation>
    </message>
    <message>
        <source>%1 is a JSON object</source>
        <translation>%1 doit être un objet JSON</translation>
    </message>
    <message>
        <source>a convocation</source>
        <translation>une convocation</translation>
    </message>
    <message>
        <source>a fiche navette</source>
        <translation>une fiche navette</translation>
    </message>
    <message>
        <source>not the form of a declaration of interests: %1</source>
        <translation>n&apos;est pas le formulaire d&apos;une déclaration d&apos;intérêts&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected null (not delegated) or {&quot;to&quot;, &quot;function&quot;}, found %1</source>
        <translation>null (entretien non délégué) ou {&quot;to&quot;, &quot;function&quot;} attendu, obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>not an item of %1</source>
        <translation>n&apos;est pas une rubrique de %1</translation>
    </message>
    <message>
        <source>expected an object: item id -&gt; what was discussed, found %1</source>
        <translation>objet attendu (identifiant de rubrique -&gt; points abordés), obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing: say which precautions, or which conflict is to end</source>
        <translation>manquant&#xa0;: précisez les précautions à prendre, ou le conflit auquel il doit être mis fin</translation>
    </message>
    <message>
        <source>a request for an avis</source>
        <translation>une demande d&apos;avis</translation>
    </message>
    <message>
        <source>an avis</source>
        <translation>un avis</translation>
    </message>
</context>
<context>
    <name>FieldFormat</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ownership not given</source>
        <translation>Régime non précisé</translation>
    </message>
</context>
<context>
    <name>FormDefinitionText</name>
    <message>
        <source>%1: a field has no id</source>
        <translation>%1&#xa0;: un champ n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>%1: duplicate field id</source>
        <translation>%1&#xa0;: identifiant de champ en double</translation>
    </message>
    <message>
        <source>%1: unknown field type</source>
        <translation>%1&#xa0;: type de champ inconnu</translation>
    </message>
    <message>
        <source>%1: unknown choice list &apos;%2&apos;</source>
        <translation>%1&#xa0;: liste de choix inconnue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: a list needs fields</source>
        <translation>%1&#xa0;: une liste doit comporter des champs</translation>
    </message>
    <message>
        <source>%1.%2: visibleWhen must name a choice field</source>
        <translation>%1.%2&#xa0;: visibleWhen doit désigner un champ à choix</translation>
    </message>
    <message>
        <source>%1.%2: notBefore must name a field of the same type</source>
        <translation>%1.%2&#xa0;: notBefore doit désigner un champ du même type</translation>
    </message>
    <message>
        <source>form definition without a schema id</source>
        <translation>définition de formulaire sans identifiant de schéma</translation>
    </message>
    <message>
        <source>%1: unknown declaration kind</source>
        <translation>%1&#xa0;: type de déclaration inconnu</translation>
    </message>
    <message>
        <source>%1: missing or duplicate item id</source>
        <translation>%1&#xa0;: identifiant de rubrique manquant ou en double</translation>
    </message>
    <message>
        <source>%1: unknown event &apos;%2&apos;</source>
        <translation>%1&#xa0;: événement inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: an item needs fields</source>
        <translation>%1&#xa0;: une rubrique doit comporter des champs</translation>
    </message>
    <message>
        <source>%1: refers to unknown field &apos;%2&apos;</source>
        <translation>%1&#xa0;: renvoie au champ inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: no items</source>
        <translation>%1&#xa0;: aucune rubrique</translation>
    </message>
    <message>
        <source>%1: a field id is camelCase</source>
        <translation>%1&#xa0;: un identifiant de champ s&apos;écrit en camelCase</translation>
    </message>
    <message>
        <source>%1: screens &apos;%2&apos;, which is no text field of the item with what it is to the declarant</source>
        <translation>%1&#xa0;: examine «&#xa0;%2&#xa0;», qui n&apos;est pas un champ de texte de la rubrique assorti de ce qu&apos;il est pour le déclarant</translation>
    </message>
</context>
<context>
    <name>GuardText</name>
    <message>
        <source>the art. 7-2 III lexicon has no terms</source>
        <translation>le lexique de l&apos;art. 7-2, III ne contient aucun terme</translation>
    </message>
</context>
<context>
    <name>HatvpText</name>
    <message>
        <source>elements nested too deep</source>
        <translation>éléments imbriqués trop profondément</translation>
    </message>
    <message>
        <source>not well-formed XML (line %1, column %2): %3</source>
        <translation>XML mal formé (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>no XML element in the file</source>
        <translation>aucun élément XML dans le fichier</translation>
    </message>
    <message>
        <source>not in our list: recorded as &quot;%1&quot;; choose the closest</source>
        <translation>absent de notre liste&#xa0;: enregistré comme «&#xa0;%1&#xa0;»&#xa0;; choisissez la valeur la plus proche</translation>
    </message>
    <message>
        <source>not one of: %1</source>
        <translation>ne fait pas partie des valeurs admises&#xa0;: %1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>not a date (dd/mm/yyyy)</source>
        <translation>n&apos;est pas une date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>not a month (mm/yyyy)</source>
        <translation>n&apos;est pas un mois (mm/aaaa)</translation>
    </message>
    <message>
        <source>not a year</source>
        <translation>n&apos;est pas une année</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>not an amount in euros</source>
        <translation>n&apos;est pas un montant en euros</translation>
    </message>
    <message>
        <source>not a percentage from 0 to 100</source>
        <translation>n&apos;est pas un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>not a surface in hectares</source>
        <translation>n&apos;est pas une surface en hectares</translation>
    </message>
    <message>
        <source>not a surface in m²</source>
        <translation>n&apos;est pas une surface en m²</translation>
    </message>
    <message>
        <source>neither true nor false</source>
        <translation>n&apos;est ni vrai ni faux</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>withheld in the published file</source>
        <translation>masqué dans le fichier publié</translation>
    </message>
    <message>
        <source>our form has no place for &lt;%1&gt;</source>
        <translation>notre formulaire ne comporte pas d&apos;emplacement pour &lt;%1&gt;</translation>
    </message>
    <message>
        <source>our form has no field &quot;%1&quot;</source>
        <translation>notre formulaire ne comporte pas de champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>remunerations written as text: enter them year by year</source>
        <translation>rémunérations saisies sous forme de texte&#xa0;: indiquez-les année par année</translation>
    </message>
    <message>
        <source>no correspondence with the HATVP&apos;s format for the form %1</source>
        <translation>aucune correspondance avec le format de la HATVP pour le formulaire %1</translation>
    </message>
    <message>
        <source>the HATVP file would not give this declaration back exactly; nothing was written</source>
        <translation>le fichier de la HATVP ne restituerait pas exactement cette déclaration&#xa0;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the correspondence with the HATVP&apos;s format is missing</source>
        <translation>la correspondance avec le format de la HATVP est absente</translation>
    </message>
    <message>
        <source>the file holds %1 declarations: import them one at a time</source>
        <translation>le fichier contient %1 déclarations&#xa0;: importez-les une par une</translation>
    </message>
    <message>
        <source>not a HATVP declaration: the root element is &lt;%1&gt;</source>
        <translation>ce n&apos;est pas une déclaration de la HATVP&#xa0;: l&apos;élément racine est &lt;%1&gt;</translation>
    </message>
    <message>
        <source>unknown form %1</source>
        <translation>formulaire inconnu %1</translation>
    </message>
    <message>
        <source>neither a declaration of interests nor a declaration of assets</source>
        <translation>ni une déclaration d&apos;intérêts ni une déclaration de situation patrimoniale</translation>
    </message>
    <message>
        <source>no item of our form takes this line</source>
        <translation>aucune rubrique de notre formulaire ne reçoit cette ligne</translation>
    </message>
    <message>
        <source>not a JSON string</source>
        <translation>n&apos;est pas une chaîne JSON</translation>
    </message>
    <message>
        <source>observations longer than %1 characters</source>
        <translation>observations de plus de %1 caractères</translation>
    </message>
    <message>
        <source>the file&apos;s encoding, %1, is not one Probitas can read</source>
        <translation>l&apos;encodage du fichier, %1, n&apos;est pas de ceux que Probitas sait lire</translation>
    </message>
    <message>
        <source>the element &lt;%1&gt; has more than %2 attributes; a HATVP declaration&apos;s elements have three at most</source>
        <translation>l&apos;élément &lt;%1&gt; a plus de %2 attributs&#xa0;; ceux d&apos;une déclaration de la HATVP en ont trois au plus</translation>
    </message>
    <message>
        <source>the element name &lt;%1&gt; is longer than %2 characters; a HATVP declaration&apos;s are 26 at most</source>
        <translation>le nom d&apos;élément &lt;%1&gt; dépasse %2 caractères&#xa0;; ceux d&apos;une déclaration de la HATVP en ont 26 au plus</translation>
    </message>
    <message>
        <source>more than %1 namespace declarations are in scope at &lt;%2&gt;; a HATVP declaration has one at most</source>
        <translation>plus de %1 déclarations d&apos;espace de noms s&apos;appliquent à &lt;%2&gt;&#xa0;; une déclaration de la HATVP en a une au plus</translation>
    </message>
    <message>
        <source>refused at line %1: %2</source>
        <translation>refusé à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>more than %1 values of the file are not values of ours: not a declaration to import</source>
        <translation>plus de %1 valeurs du fichier ne sont pas des nôtres&#xa0;: ce n&apos;est pas une déclaration à importer</translation>
    </message>
    <message>
        <source>holds a reference to the entity &amp;%1;, which is never resolved</source>
        <translation>contient une référence à l&apos;entité &amp;%1;, qui n&apos;est jamais résolue</translation>
    </message>
    <message>
        <source>a document type declaration, which is never read: no entity it declares is resolved</source>
        <translation>une déclaration de type de document, qui n&apos;est jamais lue&#xa0;: aucune entité qu&apos;elle déclare n&apos;est résolue</translation>
    </message>
</context>
<context>
    <name>InboxCommand</name>
    <message>
        <source>forwarded to you</source>
        <translation>transmise pour information</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>réception accusée</translation>
    </message>
    <message>
        <source>to acknowledge</source>
        <translation>réception à accuser</translation>
    </message>
    <message>
        <source>%1, superseded by a newer version</source>
        <translation>%1, remplacée par une version plus récente</translation>
    </message>
    <message>
        <source>destroyed (retention period over)</source>
        <translation>détruite (délai de conservation expiré)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>receipt not valid</source>
        <translation>accusé de réception non valide</translation>
    </message>
</context>
<context>
    <name>JsonShapeText</name>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>JurisdictionText</name>
    <message>
        <source>tribunal judiciaire</source>
        <translation>tribunal judiciaire</translation>
    </message>
    <message>
        <source>tribunal de première instance</source>
        <translation>tribunal de première instance</translation>
    </message>
    <message>
        <source>cour d&apos;appel</source>
        <translation>cour d&apos;appel</translation>
    </message>
    <message>
        <source>Cour de cassation</source>
        <translation>Cour de cassation</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>court type, then a seat starting with a vowel</comment>
        <translation>%1 d&apos;%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>court type, then its seat</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>jurisdictions: a cour d&apos;appel has no seat</source>
        <translation>juridictions&#xa0;: une cour d&apos;appel n&apos;a pas de siège</translation>
    </message>
    <message>
        <source>jurisdictions: the cour d&apos;appel de %1 has no tribunal</source>
        <translation>juridictions&#xa0;: la cour d&apos;appel (siège&#xa0;: %1) n&apos;a aucun tribunal dans son ressort</translation>
    </message>
    <message>
        <source>jurisdictions: invalid tribunal in the ressort of %1</source>
        <translation>juridictions&#xa0;: tribunal invalide dans le ressort de la cour d&apos;appel (siège&#xa0;: %1)</translation>
    </message>
    <message>
        <source>jurisdictions: %1 %2 is listed twice</source>
        <translation>juridictions&#xa0;: %1 %2 figure deux fois</translation>
    </message>
    <message>
        <source>unknown court: no %1 at &quot;%2&quot;</source>
        <translation>juridiction inconnue&#xa0;: pas de %1 à &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown court: no %1 at &quot;%2&quot;; did you mean %3?</source>
        <translation>juridiction inconnue&#xa0;: pas de %1 à &quot;%2&quot;&#xa0;; vouliez-vous dire %3&#xa0;?</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>jurisdictions: an authority needs an id (institution:head), an institution, a label and a source</source>
        <translation>juridictions&#xa0;: une autorité doit avoir un identifiant (institution:titulaire), une institution, un libellé et une source</translation>
    </message>
    <message>
        <source>jurisdictions: the authority %1 is listed twice</source>
        <translation>juridictions&#xa0;: l&apos;autorité %1 figure deux fois</translation>
    </message>
</context>
<context>
    <name>MappingText</name>
    <message>
        <source>unknown field set %1</source>
        <translation>ensemble de champs inconnu %1</translation>
    </message>
    <message>
        <source>a field mapping is an object or &quot;@set&quot;</source>
        <translation>la correspondance d&apos;un champ est un objet ou «&#xa0;@set&#xa0;»</translation>
    </message>
    <message>
        <source>labels belong to choice fields only</source>
        <translation>seuls les champs à choix ont des libellés</translation>
    </message>
    <message>
        <source>a choice field needs its labels (&quot;values&quot;)</source>
        <translation>un champ à choix doit comporter ses libellés («&#xa0;values&#xa0;»)</translation>
    </message>
    <message>
        <source>unknown choice %1</source>
        <translation>choix inconnu %1</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>aucun libellé</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; empty or given to two choices</source>
        <translation>libellé «&#xa0;%1&#xa0;» vide ou attribué à deux choix</translation>
    </message>
    <message>
        <source>choice %1 has no label to be written with</source>
        <translation>le choix %1 n&apos;a pas de libellé sous lequel l&apos;écrire</translation>
    </message>
    <message>
        <source>precision must name a text field, with &quot;otherwise&quot;</source>
        <translation>precision doit désigner un champ texte, avec «&#xa0;otherwise&#xa0;»</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>clé inconnue %1</translation>
    </message>
    <message>
        <source>no such field in the form</source>
        <translation>ce champ n&apos;existe pas dans le formulaire</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>format inconnu %1</translation>
    </message>
    <message>
        <source>format %1 does not suit a %2 field</source>
        <translation>le format %1 ne convient pas à un champ de type %2</translation>
    </message>
    <message>
        <source>no element</source>
        <translation>aucun élément</translation>
    </message>
    <message>
        <source>an address line names its elements</source>
        <translation>une ligne d&apos;adresse désigne ses éléments</translation>
    </message>
    <message>
        <source>an address needs its parts</source>
        <translation>une adresse doit comporter ses parties</translation>
    </message>
    <message>
        <source>a list names the element of one entry</source>
        <translation>une liste désigne l&apos;élément d&apos;une entrée</translation>
    </message>
    <message>
        <source>written twice: one of them must be importOnly</source>
        <translation>écrit deux fois&#xa0;: l&apos;un des deux doit être importOnly</translation>
    </message>
    <message>
        <source>a rubrique names its element and one of the form&apos;s items</source>
        <translation>une rubrique désigne son élément et l&apos;une des rubriques du formulaire</translation>
    </message>
    <message>
        <source>exportWhen names a choice field and its values</source>
        <translation>exportWhen désigne un champ à choix et ses valeurs</translation>
    </message>
    <message>
        <source>exportWhen: unknown choice %1</source>
        <translation>exportWhen&#xa0;: choix inconnu %1</translation>
    </message>
    <message>
        <source>importWhen names an element and whether it is empty</source>
        <translation>importWhen désigne un élément et indique s&apos;il est vide</translation>
    </message>
    <message>
        <source>set: %1 is not a choice of the item</source>
        <translation>set&#xa0;: %1 n&apos;est pas un choix de la rubrique</translation>
    </message>
    <message>
        <source>item %1 has no rubrique</source>
        <translation>la rubrique %1 n&apos;a pas de rubrique HATVP</translation>
    </message>
    <message>
        <source>an item over several rubriques needs exportWhen on one field</source>
        <translation>une rubrique répartie sur plusieurs rubriques HATVP exige exportWhen sur l&apos;un de ses champs</translation>
    </message>
    <message>
        <source>%1 goes to two rubriques</source>
        <translation>%1 va dans deux rubriques HATVP</translation>
    </message>
    <message>
        <source>some values of %1 go to no rubrique</source>
        <translation>certaines valeurs de %1 ne vont dans aucune rubrique HATVP</translation>
    </message>
    <message>
        <source>item %1 twice in one rubrique</source>
        <translation>la rubrique %1 figure deux fois dans une même rubrique HATVP</translation>
    </message>
    <message>
        <source>a rubrique holding several items needs importWhen</source>
        <translation>une rubrique HATVP regroupant plusieurs rubriques exige importWhen</translation>
    </message>
    <message>
        <source>each group gives its elements and reason</source>
        <translation>chaque groupe indique ses éléments et son motif</translation>
    </message>
    <message>
        <source>element and reason required</source>
        <translation>élément et motif obligatoires</translation>
    </message>
    <message>
        <source>no such form definition</source>
        <translation>cette définition de formulaire n&apos;existe pas</translation>
    </message>
    <message>
        <source>mapped twice</source>
        <translation>correspondance définie deux fois</translation>
    </message>
    <message>
        <source>typeDeclaration needs its id and label</source>
        <translation>typeDeclaration doit comporter son identifiant et son libellé</translation>
    </message>
    <message>
        <source>observations needs its element and field</source>
        <translation>observations doit comporter son élément et son champ</translation>
    </message>
    <message>
        <source>no form mapped</source>
        <translation>aucun formulaire mis en correspondance</translation>
    </message>
</context>
<context>
    <name>ObligationText</name>
    <message>
        <source>the rule needs the magistrate&apos;s court</source>
        <translation>la règle nécessite la juridiction du magistrat</translation>
    </message>
    <message>
        <source>obligation rules: missing or duplicate regime id</source>
        <translation>règles d&apos;obligations&#xa0;: identifiant de régime manquant ou en double</translation>
    </message>
    <message>
        <source>obligation rules: %1 is based on unknown regime %2</source>
        <translation>règles d&apos;obligations&#xa0;: le régime %1 repose sur le régime inconnu %2</translation>
    </message>
    <message>
        <source>obligation rules: %1 removes unknown rule %2</source>
        <translation>règles d&apos;obligations&#xa0;: le régime %1 supprime la règle inconnue %2</translation>
    </message>
    <message>
        <source>obligation rules: a rule lacks its id or declaration</source>
        <translation>règles d&apos;obligations&#xa0;: une règle n&apos;a pas d&apos;identifiant ou de déclaration</translation>
    </message>
    <message>
        <source>obligation rules: %1 has an unknown event</source>
        <translation>règles d&apos;obligations&#xa0;: la règle %1 comporte un événement inconnu</translation>
    </message>
    <message>
        <source>obligation rules: %1 is incomplete</source>
        <translation>règles d&apos;obligations&#xa0;: la règle %1 est incomplète</translation>
    </message>
    <message>
        <source>obligation rules: no regime</source>
        <translation>règles d&apos;obligations&#xa0;: aucun régime</translation>
    </message>
    <message>
        <source>unknown regime &quot;%1&quot; (known: %2)</source>
        <translation>régime inconnu &quot;%1&quot; (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>profile.ceased_on: the end of functions (%1) precedes the installation (%2)</source>
        <translation>profile.ceased_on&#xa0;: la cessation des fonctions (%1) est antérieure à l&apos;installation (%2)</translation>
    </message>
    <message>
        <source>profile.changed_on: the change (%1) precedes the installation (%2)</source>
        <translation>profile.changed_on&#xa0;: la modification (%1) est antérieure à l&apos;installation (%2)</translation>
    </message>
    <message>
        <source>no rule of regime %1 covers this profile</source>
        <translation>aucune règle du régime %1 ne s&apos;applique à ce profil</translation>
    </message>
    <message>
        <source>Haute Autorité pour la transparence de la vie publique</source>
        <translation>Haute Autorité pour la transparence de la vie publique</translation>
    </message>
    <message>
        <source>collège de déontologie des magistrats de l&apos;ordre judiciaire</source>
        <translation>collège de déontologie des magistrats de l&apos;ordre judiciaire</translation>
    </message>
    <message>
        <source>président of the %1</source>
        <translation>Président — %1</translation>
    </message>
    <message>
        <source>procureur de la République of the %1</source>
        <translation>Procureur de la République — %1</translation>
    </message>
    <message>
        <source>premier président of the %1</source>
        <translation>Premier président — %1</translation>
    </message>
    <message>
        <source>procureur général of the %1</source>
        <translation>Procureur général — %1</translation>
    </message>
    <message>
        <source>Conseil supérieur de la magistrature</source>
        <translation>Conseil supérieur de la magistrature</translation>
    </message>
    <message>
        <source>garde des sceaux, ministre de la justice</source>
        <translation>garde des sceaux, ministre de la justice</translation>
    </message>
    <message>
        <source>Inspection générale de la justice</source>
        <translation>Inspection générale de la justice</translation>
    </message>
    <message>
        <source>obligation rules: %1 has an unknown follow-up</source>
        <translation>règles d&apos;obligations&#xa0;: la règle %1 a une suite inconnue</translation>
    </message>
    <message>
        <source>obligation rules: %1 has a follow-up without its basis</source>
        <translation>règles d&apos;obligations&#xa0;: la règle %1 a une suite sans son fondement</translation>
    </message>
    <message>
        <source>obligation rules: %1 has rule %2 twice (remove the inherited one first)</source>
        <translation>règles d&apos;obligations&#xa0;: le régime %1 contient deux fois la règle %2 (retirez d&apos;abord celle qu&apos;il hérite)</translation>
    </message>
    <message>
        <source>inspecteur général, chef of the inspection générale de la justice</source>
        <translation>inspecteur général, chef de l&apos;inspection générale de la justice</translation>
    </message>
    <message>
        <source>président of the Conseil constitutionnel</source>
        <translation>président du Conseil constitutionnel</translation>
    </message>
</context>
<context>
    <name>PatrimonyVariation</name>
    <message>
        <source>only a déclaration de situation patrimoniale has a variation</source>
        <translation>seule une déclaration de situation patrimoniale permet de calculer une variation</translation>
    </message>
    <message>
        <source>unknown form %1</source>
        <translation>formulaire inconnu %1</translation>
    </message>
    <message>
        <source>Ownership not given</source>
        <translation>Régime non précisé</translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message>
        <source>%1.%2: missing</source>
        <translation>%1.%2&#xa0;: manquant</translation>
    </message>
    <message>
        <source>%1.%2: not a valid date (YYYY-MM-DD): &quot;%3&quot;</source>
        <translation>%1.%2&#xa0;: date invalide (YYYY-MM-DD)&#xa0;: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>magistrate</source>
        <translation>magistrat</translation>
    </message>
    <message>
        <source>temporary magistrate (art. 41-10)</source>
        <translation>magistrat exerçant à titre temporaire (art. 41-10)</translation>
    </message>
    <message>
        <source>honorary magistrate serving (art. 41-25)</source>
        <translation>magistrat honoraire exerçant des fonctions juridictionnelles (art. 41-25)</translation>
    </message>
    <message>
        <source>member of the Conseil supérieur de la magistrature</source>
        <translation>membre du Conseil supérieur de la magistrature</translation>
    </message>
    <message>
        <source>bench (siège)</source>
        <translation>siège</translation>
    </message>
    <message>
        <source>prosecution (parquet)</source>
        <translation>parquet</translation>
    </message>
    <message>
        <source>procureur général</source>
        <translation>procureur général</translation>
    </message>
    <message>
        <source>premier président</source>
        <translation>premier président</translation>
    </message>
    <message>
        <source>procureur de la République</source>
        <translation>procureur de la République</translation>
    </message>
    <message>
        <source>président</source>
        <translation>président</translation>
    </message>
    <message>
        <source>président de chambre</source>
        <translation>président de chambre</translation>
    </message>
    <message>
        <source>premier avocat général</source>
        <translation>premier avocat général</translation>
    </message>
    <message>
        <source>avocat général en service extraordinaire</source>
        <translation>avocat général en service extraordinaire</translation>
    </message>
    <message>
        <source>conseiller en service extraordinaire</source>
        <translation>conseiller en service extraordinaire</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>%1.%2: unknown key</source>
        <translation>%1.%2&#xa0;: clé inconnue</translation>
    </message>
    <message>
        <source>%1.status: expected one of %2</source>
        <translation>%1.status&#xa0;: valeur attendue parmi %2</translation>
    </message>
    <message>
        <source>%1.formation: expected one of %2</source>
        <translation>%1.formation&#xa0;: valeur attendue parmi %2</translation>
    </message>
    <message>
        <source>%1.formation: missing (siege or parquet)</source>
        <translation>%1.formation&#xa0;: manquant (siege ou parquet)</translation>
    </message>
    <message>
        <source>%1.court: missing (an object with type and seat)</source>
        <translation>%1.court&#xa0;: manquant (objet comportant type et seat)</translation>
    </message>
    <message>
        <source>%1.court.%2: unknown key</source>
        <translation>%1.court.%2&#xa0;: clé inconnue</translation>
    </message>
    <message>
        <source>%1.court.seat: missing</source>
        <translation>%1.court.seat&#xa0;: manquant</translation>
    </message>
    <message>
        <source>%1.rank: expected one of %2</source>
        <translation>%1.rank&#xa0;: valeur attendue parmi %2</translation>
    </message>
    <message>
        <source>%1.rank: there is no %2 in the %3 of a %4</source>
        <translation>%1.rank&#xa0;: le rang %2 n&apos;existe pas dans la formation %3 d&apos;une juridiction de type %4</translation>
    </message>
    <message>
        <source>%1.rank: a %2 magistrate has no rank other than magistrat</source>
        <translation>%1.rank&#xa0;: un magistrat de statut %2 n&apos;a pas d&apos;autre rang que magistrat</translation>
    </message>
    <message>
        <source>%1.court: a %2 magistrate does not serve in a %3</source>
        <translation>%1.court&#xa0;: un magistrat de statut %2 n&apos;exerce pas dans une juridiction de type %3</translation>
    </message>
    <message>
        <source>profile.court: missing</source>
        <translation>profile.court&#xa0;: manquant</translation>
    </message>
    <message>
        <source>unknown court: the Cour de cassation sits in Paris, not &quot;%1&quot;</source>
        <translation>juridiction inconnue&#xa0;: la Cour de cassation siège à Paris, et non à &quot;%1&quot;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1&#xa0;: %2 / %3</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>court</source>
        <translation>juridiction</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>installed on</source>
        <translation>installé le</translation>
    </message>
    <message>
        <source>ceased on</source>
        <translation>cessation le</translation>
    </message>
    <message>
        <source>installed on %1</source>
        <translation>installé le %1</translation>
    </message>
    <message>
        <source>ceased on %1</source>
        <translation>cessation de fonctions le %1</translation>
    </message>
    <message>
        <source>%1.court: a %2 magistrate does not serve at the inspection générale de la justice</source>
        <translation>%1.court&#xa0;: un magistrat %2 n&apos;exerce pas à l&apos;inspection générale de la justice</translation>
    </message>
    <message>
        <source>%1.court.seat: the inspection générale de la justice has no seat to give</source>
        <translation>%1.court.seat&#xa0;: l&apos;inspection générale de la justice n&apos;a pas de siège à indiquer</translation>
    </message>
    <message>
        <source>%1.formation: the inspection générale de la justice has neither siège nor parquet</source>
        <translation>%1.formation&#xa0;: l&apos;inspection générale de la justice n&apos;a ni siège ni parquet</translation>
    </message>
    <message>
        <source>%1.rank: expected magistrat or chef (the inspecteur général, chef of the inspection générale de la justice)</source>
        <translation>%1.rank&#xa0;: valeur attendue magistrat ou chef (l&apos;inspecteur général, chef de l&apos;inspection générale de la justice)</translation>
    </message>
    <message>
        <source>member of the Conseil constitutionnel</source>
        <translation>membre du Conseil constitutionnel</translation>
    </message>
    <message>
        <source>%1.de_droit: only a member of the Conseil constitutionnel is one de droit</source>
        <translation>%1.de_droit&#xa0;: seul un membre du Conseil constitutionnel peut l&apos;être de droit</translation>
    </message>
    <message>
        <source>%1.de_droit: expected true or false</source>
        <translation>%1.de_droit&#xa0;: valeur attendue true ou false</translation>
    </message>
    <message>
        <source>%1.%2: a member of the Conseil constitutionnel has none</source>
        <translation>%1.%2&#xa0;: un membre du Conseil constitutionnel n&apos;en a pas</translation>
    </message>
    <message>
        <source>%1.rank: expected magistrat or chef (the président of the Conseil constitutionnel)</source>
        <translation>%1.rank&#xa0;: valeur attendue magistrat ou chef (le président du Conseil constitutionnel)</translation>
    </message>
    <message>
        <source>%1.court.type: expected one of tj, tpi, ca, cour-de-cassation, igj</source>
        <translation>%1.court.type&#xa0;: valeur attendue parmi tj, tpi, ca, cour-de-cassation, igj</translation>
    </message>
    <message>
        <source>inspection générale de la justice</source>
        <translation>inspection générale de la justice</translation>
    </message>
    <message>
        <source>member de droit</source>
        <translation>membre de droit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>inspecteur général, chef of the inspection générale de la justice</source>
        <translation>inspecteur général, chef de l&apos;inspection générale de la justice</translation>
    </message>
    <message>
        <source>magistrate of the inspection générale de la justice</source>
        <translation>magistrat de l&apos;inspection générale de la justice</translation>
    </message>
    <message>
        <source>member de droit of the Conseil constitutionnel</source>
        <translation>membre de droit du Conseil constitutionnel</translation>
    </message>
    <message>
        <source>président of the Conseil constitutionnel</source>
        <translation>président du Conseil constitutionnel</translation>
    </message>
</context>
<context>
    <name>ReadCertificateCommand</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 est inutilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReceiptDocumentCommand</name>
    <message>
        <source>You have not acknowledged this declaration yet.</source>
        <translation>Vous n&apos;avez pas encore accusé réception de cette déclaration.</translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Receipt of the %1 (%2) of %3, filed on %4, is acknowledged by the authority below.</source>
        <translation>L&apos;autorité désignée ci-dessous accuse réception de la %1 (%2) déposée le %4 par %3.</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Declarant&apos;s certificate</source>
        <translation>Certificat du déclarant</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <source>Receipt dated</source>
        <translation>Date de l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>SHA-256 of the sealed declaration</source>
        <translation>Empreinte SHA-256 de la déclaration scellée</translation>
    </message>
    <message>
        <source>SHA-256 of this receipt</source>
        <translation>Empreinte SHA-256 du présent accusé de réception</translation>
    </message>
    <message>
        <source>The receipt is a CMS signature by the authority over the fingerprint of the sealed declaration. Its signature was verified on %1. The receipt states that the declaration was received; it does not reproduce its content.</source>
        <translation>L&apos;accusé de réception est une signature CMS de l&apos;autorité portant sur l&apos;empreinte de la déclaration scellée. Sa signature a été vérifiée le %1. Il atteste la réception de la déclaration et n&apos;en reproduit pas le contenu.</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt — %1 — %2</source>
        <translation>Accusé de réception — %1 — %2</translation>
    </message>
</context>
<context>
    <name>RegisterCreation</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no file given</source>
        <translation>%1&#xa0;: aucun fichier indiqué</translation>
    </message>
    <message>
        <source>%1: %2 exists already, and Probitas never overwrites it</source>
        <translation>%1&#xa0;: %2 existe déjà, et Probitas n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA</source>
        <translation>L&apos;autorité de certification de l&apos;organisation</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Votre identité</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>Le registre</translation>
    </message>
    <message>
        <source>%1: only a CA whose key you hold issues an identity; give the identity file you hold</source>
        <translation>%1&#xa0;: seule une autorité dont vous détenez la clé délivre une identité&#xa0;; indiquez le fichier d&apos;identité que vous détenez</translation>
    </message>
    <message>
        <source>%1: the identity and the CA need two different files</source>
        <translation>%1&#xa0;: l&apos;identité et l&apos;autorité demandent deux fichiers différents</translation>
    </message>
    <message>
        <source>%1: your name is missing</source>
        <translation>%1&#xa0;: votre nom manque</translation>
    </message>
    <message>
        <source>%1: a server&apos;s register is made by whoever administers the server (probitas-cli server setup, then probitas-cli init)</source>
        <translation>%1&#xa0;: le registre d&apos;un serveur est créé par qui administre ce serveur (probitas-cli server setup, puis probitas-cli init)</translation>
    </message>
    <message>
        <source>%1: %2 holds the certificate of %3, which is not a CA</source>
        <translation>%1&#xa0;: %2 contient le certificat de %3, qui n&apos;est pas une AC</translation>
    </message>
    <message>
        <source>%1: %2 is not a CA certificate</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un certificat d&apos;AC</translation>
    </message>
</context>
<context>
    <name>ReminderLetterPdf</name>
    <message>
        <source>%1 of ordonnance n° 58-1067 of 7 November 1958</source>
        <translation>%1 de l&apos;ordonnance n° 58-1067 du 7 novembre 1958</translation>
    </message>
    <message>
        <source>%1 of loi organique n° 94-100 of 5 February 1994</source>
        <translation>%1 de la loi organique n° 94-100 du 5 février 1994</translation>
    </message>
    <message>
        <source>%1 of ordonnance n° 58-1270 of 22 December 1958</source>
        <translation>%1 de l&apos;ordonnance n° 58-1270 du 22 décembre 1958</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <comment>the place and the date of the letter</comment>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reminder: %1 not filed</source>
        <translation>Relance&#xa0;: %1 non remise</translation>
    </message>
    <message numerus="yes">
        <source>Reminder: %n declaration(s) not filed</source>
        <translation>
            <numerusform>Relance&#xa0;: %n déclaration non remise</numerusform>
            <numerusform>Relance&#xa0;: %n déclarations non remises</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Dear colleague,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message numerus="yes">
        <source>According to the records of Probitas on %1, you have not filed with me the following declaration(s), which the law requires of you, by the deadline it sets:</source>
        <translation>
            <numerusform>Selon les enregistrements de Probitas au %1, vous ne m&apos;avez pas remis, dans le délai qu&apos;elle fixe, la déclaration suivante, que la loi vous impose&#xa0;:</numerusform>
            <numerusform>Selon les enregistrements de Probitas au %1, vous ne m&apos;avez pas remis, dans le délai qu&apos;elle fixe, les déclarations suivantes, que la loi vous impose&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>À remettre au plus tard le</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>the event and its date</comment>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <comment>the declaration, its event: the article</comment>
        <translation>%1, %2&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The article cited sets each deadline from the event that calls for the declaration. I ask you to file the declaration(s) without delay in Probitas (&quot;My declarations&quot;, then &quot;New declaration&quot;), which seals it for the authorities the law names.</source>
        <translation>
            <numerusform>L&apos;article cité fixe chaque délai à compter de l&apos;événement qui appelle la déclaration. Je vous invite à remettre cette déclaration sans délai dans Probitas («&#xa0;Mes déclarations&#xa0;», puis «&#xa0;Nouvelle déclaration&#xa0;»), qui la scelle pour les autorités que la loi désigne.</numerusform>
            <numerusform>L&apos;article cité fixe chaque délai à compter de l&apos;événement qui appelle la déclaration. Je vous invite à remettre ces déclarations sans délai dans Probitas («&#xa0;Mes déclarations&#xa0;», puis «&#xa0;Nouvelle déclaration&#xa0;»), qui les scelle pour les autorités que la loi désigne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If you have filed it since %1, please disregard this letter.</source>
        <translation>
            <numerusform>Si vous l&apos;avez remise depuis le %1, je vous prie de ne pas tenir compte de cette lettre.</numerusform>
            <numerusform>Si vous les avez remises depuis le %1, je vous prie de ne pas tenir compte de cette lettre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please accept the assurance of my distinguished consideration.</source>
        <translation>Je vous prie d&apos;agréer l&apos;expression de ma considération distinguée.</translation>
    </message>
    <message>
        <source>Signature: ______________________</source>
        <translation>Signature&#xa0;: ______________________</translation>
    </message>
    <message>
        <source>This reminder is recorded in the audit trail of Probitas. It says only which declarations are owed and by when; it contains nothing declared.</source>
        <translation>Cette relance est inscrite dans la piste d&apos;audit de Probitas. Elle indique seulement quelles déclarations sont dues et pour quand&#xa0;; elle ne contient rien de ce qui a été déclaré.</translation>
    </message>
    <message>
        <source>Reminder to %1</source>
        <translation>Relance à %1</translation>
    </message>
    <message>
        <source>%1 — reminder of the declarations owed</source>
        <translation>%1 — relance des déclarations dues</translation>
    </message>
    <message>
        <source>Personal — addressed to %1 alone</source>
        <translation>Personnel — à l&apos;attention exclusive de %1</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n&apos;est pas refermé</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB: not a roster</source>
        <translation>le fichier dépasse %1&#xa0;Mo&#xa0;: ce n&apos;est pas une liste de magistrats</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas un texte UTF-8</translation>
    </message>
    <message>
        <source>the file is empty: a header line is expected</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (expected: %2)</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;» (colonnes attendues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>la colonne «&#xa0;%1&#xa0;» est absente</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2</translation>
    </message>
    <message>
        <source>name: missing</source>
        <translation>name&#xa0;: manquant</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>this magistrate owes no declaration at present</source>
        <translation>ce magistrat ne doit aucune déclaration à ce jour</translation>
    </message>
    <message>
        <source>this magistrate&apos;s declarations go elsewhere (%1), not to this authority</source>
        <translation>les déclarations de ce magistrat sont remises à une autre autorité (%1), et non à celle-ci</translation>
    </message>
    <message>
        <source>the roster lists no magistrate</source>
        <translation>la liste ne comporte aucun magistrat</translation>
    </message>
    <message>
        <source>name: holds a control character (%1), which no name may hold</source>
        <translation>name&#xa0;: contient un caractère de contrôle (%1), qu&apos;aucun nom ne peut contenir</translation>
    </message>
</context>
<context>
    <name>ScreeningText</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a SIREN (9 digits) nor a SIRET (14 digits)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres)</translation>
    </message>
    <message>
        <source>%1 is no SIREN: leave the cell empty when the number is unknown</source>
        <translation>%1 n&apos;est pas un SIREN&#xa0;: laissez la cellule vide quand le numéro est inconnu</translation>
    </message>
    <message>
        <source>the check digit of %1 is wrong: not a SIREN</source>
        <translation>la clé de contrôle de %1 est fausse&#xa0;: ce n&apos;est pas un SIREN</translation>
    </message>
    <message>
        <source>the check digit of %1 is wrong: not a SIRET</source>
        <translation>la clé de contrôle de %1 est fausse&#xa0;: ce n&apos;est pas un SIRET</translation>
    </message>
    <message>
        <source>same SIREN %1</source>
        <translation>même SIREN %1</translation>
    </message>
    <message>
        <source>close name, score %1</source>
        <translation>nom proche, score %1</translation>
    </message>
    <message>
        <source>close name, score %1: one name holds all the words of the other (the same group?)</source>
        <translation>nom proche, score %1&#xa0;: l&apos;un des noms contient tous les mots de l&apos;autre (le même groupe&#xa0;?)</translation>
    </message>
    <message>
        <source>close name, score %1: one name is the initials of the other</source>
        <translation>nom proche, score %1&#xa0;: l&apos;un des noms est formé des initiales de l&apos;autre</translation>
    </message>
    <message>
        <source>same name once normalised, but another SIREN (%1, declared %2)</source>
        <translation>même nom une fois normalisé, mais un autre SIREN (%1, déclaré %2)</translation>
    </message>
    <message>
        <source>%1, but another SIREN (%2, declared %3)</source>
        <translation>%1, mais un autre SIREN (%2, déclaré %3)</translation>
    </message>
    <message>
        <source>another SIREN (%1, declared %2) and another name, score %3</source>
        <translation>un autre SIREN (%1, déclaré %2) et un autre nom, score %3</translation>
    </message>
    <message>
        <source>same name once normalised</source>
        <translation>même nom une fois normalisé</translation>
    </message>
    <message>
        <source>another name, score %1</source>
        <translation>un autre nom, score %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB: not a list of parties</source>
        <translation>le fichier dépasse %1&#xa0;Mo&#xa0;: ce n&apos;est pas une liste de parties</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas un texte UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n&apos;est pas refermé</translation>
    </message>
    <message>
        <source>the file is empty: a header line is expected</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (expected: %2)</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;» (colonnes attendues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>the column &quot;nom&quot; is missing</source>
        <translation>la colonne «&#xa0;nom&#xa0;» manque</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2</translation>
    </message>
    <message>
        <source>nom: holds a control character (%1), which no name may hold</source>
        <translation>nom&#xa0;: contient un caractère de contrôle (%1), qu&apos;aucun nom ne peut contenir</translation>
    </message>
    <message>
        <source>nom: missing</source>
        <translation>nom&#xa0;: manquant</translation>
    </message>
    <message>
        <source>nom: longer than %1 characters</source>
        <translation>nom&#xa0;: plus de %1 caractères</translation>
    </message>
    <message>
        <source>qualite: &quot;%1&quot; is not one of %2</source>
        <translation>qualite&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>the file lists no party</source>
        <translation>le fichier ne liste aucune partie</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Conseil supérieur de la magistrature</source>
        <translation>Conseil supérieur de la magistrature</translation>
    </message>
    <message>
        <source>Anonymised: no names and no ids. &quot;&lt;3&quot;: withheld because the figure concerns fewer than 3 magistrates (a whole line when its jurisdiction and year count fewer than 3), to prevent re-identification. &quot;s&quot;: withheld so that a &quot;&lt;3&quot; figure cannot be recomputed from its line&apos;s total.</source>
        <translation>Données anonymisées&#xa0;: ni nom ni identifiant. «&#xa0;&lt;3&#xa0;»&#xa0;: donnée occultée parce qu&apos;elle concerne moins de 3 magistrats (toute une ligne lorsque sa juridiction et son année en comptent moins de 3), afin d&apos;empêcher toute réidentification. «&#xa0;s&#xa0;»&#xa0;: donnée occultée pour qu&apos;une donnée «&#xa0;&lt;3&#xa0;» ne puisse être recalculée à partir du total de sa ligne.</translation>
    </message>
    <message>
        <source>Generated at %1.</source>
        <translation>Établi le %1.</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>&quot;%1&quot; may reveal %2. %3 (%4). Unless it declares a function or mandate held publicly, remove this mention.</source>
        <translation>«&#xa0;%1&#xa0;» peut révéler des %2. %3 (%4). Sauf s&apos;il s&apos;agit de la déclaration de fonctions ou de mandats exercés publiquement, supprimez cette mention.</translation>
    </message>
    <message>
        <source>a declaration of interests is made at installation or after a change, not at the end of functions</source>
        <translation>la déclaration d&apos;intérêts est établie lors de l&apos;installation ou en cas de modification, et non lors de la cessation des fonctions</translation>
    </message>
    <message>
        <source>the ethics interview concerns the declaration of interests only</source>
        <translation>l&apos;entretien déontologique ne porte que sur la déclaration d&apos;intérêts</translation>
    </message>
    <message>
        <source>%1 %2 belongs only to another kind of declaration (not %3)</source>
        <translation>%1 %2 relève uniquement d&apos;un autre type de déclaration (sans objet pour&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 %2: not answered. Add what you hold, or state &quot;Néant&quot;: the declaration must be exhaustive</source>
        <translation>%1 %2&#xa0;: rubrique non renseignée. Déclarez les éléments concernés ou indiquez «&#xa0;Néant&#xa0;»&#xa0;: la déclaration doit être exhaustive</translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation>la date de naissance est postérieure à la date du jour</translation>
    </message>
    <message>
        <source>the installation precedes the declarant&apos;s eighteenth birthday</source>
        <translation>la date d&apos;installation est antérieure au dix-huitième anniversaire du déclarant</translation>
    </message>
    <message>
        <source>differs from the installation date of the profile (%1)</source>
        <translation>diffère de la date d&apos;installation indiquée dans le profil (%1)</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>adresse électronique non valide</translation>
    </message>
    <message>
        <source>%1: only goods worth %2 or more, per item or collection, are declared here (%3)</source>
        <translation>%1&#xa0;: seuls les biens d&apos;une valeur égale ou supérieure à %2, par objet ou par collection, sont déclarés ici (%3)</translation>
    </message>
    <message>
        <source>%1 does not apply to this kind of entry</source>
        <translation>le champ «&#xa0;%1&#xa0;» est sans objet pour ce type d&apos;élément</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>le champ «&#xa0;%1&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <source>%1 may not be below %2</source>
        <translation>le champ «&#xa0;%1&#xa0;» ne peut être inférieur à %2</translation>
    </message>
    <message>
        <source>%1 may not exceed %2</source>
        <translation>le champ «&#xa0;%1&#xa0;» ne peut excéder %2</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>le champ «&#xa0;%1&#xa0;» est postérieur à la date du jour</translation>
    </message>
    <message>
        <source>%1 precedes %2</source>
        <translation>le champ «&#xa0;%1&#xa0;» est antérieur au champ «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the magistrate&apos;s situation (status, court, rank, installation date) is missing: it decides to whom the declaration goes</source>
        <translation>la situation du magistrat (statut, juridiction, rang, date d&apos;installation) est manquante&#xa0;: elle détermine à qui la déclaration est remise</translation>
    </message>
    <message>
        <source>an imported value awaits you: &quot;%1&quot; (%2). Enter it where it belongs, if anywhere, then remove the note</source>
        <translation>une valeur importée reste à traiter&#xa0;: «&#xa0;%1&#xa0;» (%2). Reportez-la à l&apos;emplacement qui convient, s&apos;il y en a un, puis supprimez la note</translation>
    </message>
    <message>
        <source>%1 holds a control character (%2), which no text may hold</source>
        <translation>%1 contient un caractère de contrôle (%2), qu&apos;aucun texte ne peut contenir</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>Affiche le résultat au format JSON.</translation>
    </message>
    <message>
        <source>%1 (%2) to %3, due %4 — %5</source>
        <translation>%1 (%2) à adresser à&#xa0;: %3, au plus tard le %4 — %5</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>No %1 (%2): one was made on %3, less than six months before (%4)</source>
        <translation>Pas de %1 (%2)&#xa0;: une déclaration a été établie le %3, moins de six mois auparavant (%4)</translation>
    </message>
    <message>
        <source>The profile (JSON file, - for stdin).</source>
        <translation>Le profil (fichier JSON, - pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Print for people instead of JSON.</source>
        <translation>Affiche un texte lisible plutôt que du JSON.</translation>
    </message>
    <message>
        <source>Checks a declaration document: its structure, every item answered, required fields, coherent dates and amounts, and the art. 7-2 III guard. Exit 0 when it can be signed (warnings allowed), 1 when a rule is broken, 2 when the file is unusable.</source>
        <translation>Vérifie un document de déclaration&#xa0;: sa structure, la réponse à chaque rubrique, les champs obligatoires, la cohérence des dates et des montants, et le contrôle de l&apos;art. 7-2, III. Code de sortie 0 s&apos;il peut être signé (avertissements admis), 1 si une règle n&apos;est pas respectée, 2 si le fichier est inutilisable.</translation>
    </message>
    <message>
        <source>The declaration (JSON, - for stdin).</source>
        <translation>La déclaration (JSON, - pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Print the issues as JSON.</source>
        <translation>Affiche les anomalies au format JSON.</translation>
    </message>
    <message>
        <source>usage: probitas-cli validate FILE [--json]</source>
        <translation>usage&#xa0;: probitas-cli validate FILE [--json]</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%1: not valid: %n error(s)</source>
        <translation>
            <numerusform>%1&#xa0;: non valide&#xa0;: %n erreur</numerusform>
            <numerusform>%1&#xa0;: non valide&#xa0;: %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1&#xa0;: valide</translation>
    </message>
    <message>
        <source>check a declaration document</source>
        <translation>vérifier un document de déclaration</translation>
    </message>
    <message>
        <source>list or look up courts</source>
        <translation>lister ou rechercher des juridictions</translation>
    </message>
    <message>
        <source>usage: probitas-cli &lt;command&gt; [options]</source>
        <translation>usage&#xa0;: probitas-cli &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;probitas-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;probitas-cli &lt;commande&gt; --help&#xa0;» pour connaître les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 validation or rule failure, 2 unusable input, 3 access denied, 4 integrity failure, 5 system error.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 échec de validation ou règle non respectée, 2 entrée inutilisable, 3 accès refusé, 4 défaut d&apos;intégrité, 5 erreur système.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Create an organisation CA (EC P-256, self-signed) in a PKCS#12 file. Passphrase: PROBITAS_PASSPHRASE or the prompt.</source>
        <translation>Crée une AC d&apos;organisation (EC P-256, autosignée) dans un fichier PKCS#12. Phrase de passe&#xa0;: PROBITAS_PASSPHRASE ou saisie au terminal.</translation>
    </message>
    <message>
        <source>the CA&apos;s name (CN)</source>
        <translation>le nom de l&apos;AC (CN)</translation>
    </message>
    <message>
        <source>organisation (O)</source>
        <translation>l&apos;organisation (O)</translation>
    </message>
    <message>
        <source>validity in days (default 3650)</source>
        <translation>la durée de validité en jours (3650 par défaut)</translation>
    </message>
    <message>
        <source>the PKCS#12 file to write</source>
        <translation>le fichier PKCS#12 à écrire</translation>
    </message>
    <message>
        <source>usage: probitas-cli ca create --name NAME --out CA.p12</source>
        <translation>usage&#xa0;: probitas-cli ca create --name NAME --out CA.p12</translation>
    </message>
    <message>
        <source>%1 exists: refusing to overwrite a CA</source>
        <translation>%1 existe déjà&#xa0;: une AC ne peut pas être écrasée</translation>
    </message>
    <message>
        <source>Passphrase for the new CA: </source>
        <translation>Phrase de passe pour la nouvelle AC&#xa0;: </translation>
    </message>
    <message>
        <source>CA created: %1</source>
        <translation>AC créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage: probitas-cli identity create --ca CA.p12 --name NAME --out ID.p12 [--rsa] | show FILE | passwd ID.p12 | export-cert ID.p12 --out CERT.pem | import IN.p12 --out ID.p12</source>
        <translation>usage&#xa0;: probitas-cli identity create --ca CA.p12 --name NAME --out ID.p12 [--rsa] | show FILE | passwd ID.p12 | export-cert ID.p12 --out CERT.pem | import IN.p12 --out ID.p12</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Numéro de série&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Début de validité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Fin de validité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key usage: %1</source>
        <translation>Usage de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate authority: %1</source>
        <translation>Autorité de certification&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>the issuing CA (PKCS#12)</source>
        <translation>l&apos;AC émettrice (PKCS#12)</translation>
    </message>
    <message>
        <source>the holder&apos;s name (CN)</source>
        <translation>le nom du titulaire (CN)</translation>
    </message>
    <message>
        <source>validity in days (default 730)</source>
        <translation>la durée de validité en jours (730 par défaut)</translation>
    </message>
    <message>
        <source>RSA-3072 instead of EC P-256</source>
        <translation>RSA-3072 au lieu d&apos;EC P-256</translation>
    </message>
    <message>
        <source>%1 exists: refusing to overwrite an identity</source>
        <translation>%1 existe déjà&#xa0;: une identité ne peut pas être écrasée</translation>
    </message>
    <message>
        <source>Passphrase for the new identity: </source>
        <translation>Phrase de passe pour la nouvelle identité&#xa0;: </translation>
    </message>
    <message>
        <source>CA certificate: %1 (SHA-256 %2)</source>
        <translation>Certificat d&apos;AC&#xa0;: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Current passphrase for %1: </source>
        <translation>Phrase de passe actuelle pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>phrase de passe modifiée</translation>
    </message>
    <message>
        <source>the PEM file to write</source>
        <translation>le fichier PEM à écrire</translation>
    </message>
    <message>
        <source>Decrypt and verify an envelope; print the content on stdout.</source>
        <translation>Déchiffre et vérifie une enveloppe&#xa0;; affiche son contenu sur la sortie standard.</translation>
    </message>
    <message>
        <source>your identity (PKCS#12)</source>
        <translation>votre identité (PKCS#12)</translation>
    </message>
    <message>
        <source>trust anchor replacing the identity&apos;s CA certificates (repeatable)</source>
        <translation>ancre de confiance remplaçant les certificats d&apos;AC de l&apos;identité (option répétable)</translation>
    </message>
    <message>
        <source>the envelope (.p7m)</source>
        <translation>l&apos;enveloppe (.p7m)</translation>
    </message>
    <message>
        <source>usage: probitas-cli open --identity ID.p12 [--ca CERT.pem] IN</source>
        <translation>usage&#xa0;: probitas-cli open --identity ID.p12 [--ca CERT.pem] IN</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Signé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signer certificate SHA-256: %1</source>
        <translation>Empreinte SHA-256 du certificat du signataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing time: %1</source>
        <translation>Heure de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>no passphrase: set %1 or run from a terminal</source>
        <translation>aucune phrase de passe&#xa0;: définissez %1 ou lancez la commande depuis un terminal</translation>
    </message>
    <message>
        <source>empty passphrase</source>
        <translation>phrase de passe vide</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Confirmez&#xa0;: </translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>les phrases de passe ne concordent pas</translation>
    </message>
    <message>
        <source>passphrases are never accepted on the command line; use %1 (or %2, %3) or the terminal prompt</source>
        <translation>les phrases de passe ne sont jamais acceptées sur la ligne de commande&#xa0;; utilisez %1 (ou %2, %3) ou la saisie au terminal</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>the authority&apos;s identity (PKCS#12)</source>
        <translation>l&apos;identité de l&apos;autorité (PKCS#12)</translation>
    </message>
    <message>
        <source>trust anchor (repeatable)</source>
        <translation>ancre de confiance (option répétable)</translation>
    </message>
    <message>
        <source>the envelope the receipt must name</source>
        <translation>l&apos;enveloppe que l&apos;accusé de réception doit désigner</translation>
    </message>
    <message>
        <source>use this identity&apos;s CA certificates as anchors</source>
        <translation>utiliser les certificats d&apos;AC de cette identité comme ancres de confiance</translation>
    </message>
    <message>
        <source>Receipt valid</source>
        <translation>Accusé de réception valide</translation>
    </message>
    <message>
        <source>Envelope SHA-256: %1</source>
        <translation>Empreinte SHA-256 de l&apos;enveloppe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Declarant: %1</source>
        <translation>Déclarant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Declarant certificate SHA-256: %1</source>
        <translation>Empreinte SHA-256 du certificat du déclarant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Received at: %1</source>
        <translation>Date de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Autorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re-seal an envelope for more recipients, keeping the declarant&apos;s signature.</source>
        <translation>Scelle à nouveau une enveloppe pour des destinataires supplémentaires, en conservant la signature du déclarant.</translation>
    </message>
    <message>
        <source>Sign a file and encrypt it for the recipients (.p7m, DER).</source>
        <translation>Signe un fichier et le chiffre pour les destinataires (.p7m, DER).</translation>
    </message>
    <message>
        <source>a recipient&apos;s certificate (repeatable)</source>
        <translation>le certificat d&apos;un destinataire (option répétable)</translation>
    </message>
    <message>
        <source>the input file</source>
        <translation>le fichier d&apos;entrée</translation>
    </message>
    <message>
        <source>the envelope to write</source>
        <translation>l&apos;enveloppe à écrire</translation>
    </message>
    <message>
        <source>usage: probitas-cli forward --identity ID.p12 --recipient CERT.pem IN OUT</source>
        <translation>usage&#xa0;: probitas-cli forward --identity ID.p12 --recipient CERT.pem IN OUT</translation>
    </message>
    <message>
        <source>usage: probitas-cli seal --identity SIGNER.p12 --recipient CERT.pem IN OUT</source>
        <translation>usage&#xa0;: probitas-cli seal --identity SIGNER.p12 --recipient CERT.pem IN OUT</translation>
    </message>
    <message>
        <source>create an organisation CA</source>
        <translation>créer une AC d&apos;organisation</translation>
    </message>
    <message>
        <source>create, show, export or re-protect an identity</source>
        <translation>créer, afficher, exporter ou protéger à nouveau une identité</translation>
    </message>
    <message>
        <source>sign and encrypt a file for recipients</source>
        <translation>signer et chiffrer un fichier pour des destinataires</translation>
    </message>
    <message>
        <source>decrypt and verify an envelope</source>
        <translation>déchiffrer et vérifier une enveloppe</translation>
    </message>
    <message>
        <source>re-seal an envelope for more recipients</source>
        <translation>sceller à nouveau une enveloppe pour des destinataires supplémentaires</translation>
    </message>
    <message>
        <source>create or verify a receipt</source>
        <translation>créer ou vérifier un accusé de réception</translation>
    </message>
    <message>
        <source>Acknowledge a declaration filed to you.</source>
        <translation>Accuser réception d&apos;une déclaration qui vous a été remise.</translation>
    </message>
    <message>
        <source>also write the receipt there</source>
        <translation>écrire également l&apos;accusé de réception à cet emplacement</translation>
    </message>
    <message>
        <source>the declaration id</source>
        <translation>l&apos;identifiant de la déclaration</translation>
    </message>
    <message>
        <source>receipt stored for %1</source>
        <translation>accusé de réception enregistré pour %1</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>sortie au format JSON</translation>
    </message>
    <message>
        <source>audit trail whole: %1 entries, every signature verified</source>
        <translation>piste d&apos;audit intègre&#xa0;: %1 entrées, toutes les signatures vérifiées</translation>
    </message>
    <message>
        <source>may open: %1</source>
        <translation>peut ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>last opened by: %1 %2</source>
        <translation>dernière ouverture par&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>File a declaration in the store.</source>
        <translation>Déposer une déclaration dans le registre.</translation>
    </message>
    <message>
        <source>the declaration document (JSON)</source>
        <translation>le document de la déclaration (JSON)</translation>
    </message>
    <message>
        <source>create the demo organisation in DIR</source>
        <translation>créer l&apos;organisation de démonstration dans DIR</translation>
    </message>
    <message>
        <source>store ready: %1 (schema version %2)</source>
        <translation>registre prêt&#xa0;: %1 (version de schéma %2)</translation>
    </message>
    <message>
        <source>the demo organisation needs an empty store: this one has a directory</source>
        <translation>l&apos;organisation de démonstration exige un registre vide&#xa0;: celui-ci a déjà un annuaire</translation>
    </message>
    <message>
        <source>demo identities and passphrases: %1/demo.json</source>
        <translation>identités et phrases de passe de démonstration&#xa0;: %1/demo.json</translation>
    </message>
    <message>
        <source>List the declarations you may see.</source>
        <translation>Lister les déclarations que vous pouvez consulter.</translation>
    </message>
    <message>
        <source>supersedes %1</source>
        <translation>remplace %1</translation>
    </message>
    <message>
        <source>Open a stored declaration; print its canonical JSON on stdout.</source>
        <translation>Ouvrir une déclaration enregistrée&#xa0;; afficher son JSON canonique sur la sortie standard.</translation>
    </message>
    <message>
        <source>Record a procedure against a magistrate.</source>
        <translation>Enregistrer une procédure visant un magistrat.</translation>
    </message>
    <message>
        <source>the magistrate&apos;s name</source>
        <translation>le nom du magistrat</translation>
    </message>
    <message>
        <source>disciplinaire, penale or enquete-igj</source>
        <translation>disciplinaire, penale ou enquete-igj</translation>
    </message>
    <message>
        <source>legal hold: suspend destruction</source>
        <translation>conservation pour les besoins de la procédure&#xa0;: suspendre la destruction</translation>
    </message>
    <message>
        <source>Destroy what retention allows.</source>
        <translation>Détruire ce que les durées de conservation permettent de détruire.</translation>
    </message>
    <message>
        <source>list without destroying</source>
        <translation>lister sans détruire</translation>
    </message>
    <message>
        <source>would destroy %1</source>
        <translation>détruirait %1</translation>
    </message>
    <message>
        <source>destroyed %1</source>
        <translation>%1 détruite</translation>
    </message>
    <message>
        <source>kept under legal hold %1</source>
        <translation>%1 conservée pour les besoins d&apos;une procédure</translation>
    </message>
    <message>
        <source>%1 destroyed, %2 held</source>
        <translation>%1 détruite(s), %2 conservée(s)</translation>
    </message>
    <message>
        <source>Forward a stored declaration to one more authority, with its basis.</source>
        <translation>Communiquer une déclaration enregistrée à une autre autorité, en indiquant le fondement juridique.</translation>
    </message>
    <message>
        <source>the authority id to forward to</source>
        <translation>l&apos;identifiant de l&apos;autorité destinataire</translation>
    </message>
    <message>
        <source>the legal basis, recorded</source>
        <translation>le fondement juridique, qui est enregistré</translation>
    </message>
    <message>
        <source>the store: a SQLite file, or postgresql://user@host:port/db</source>
        <translation>le registre&#xa0;: un fichier SQLite, ou postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>create a store (and the demo organisation)</source>
        <translation>créer un registre (et l&apos;organisation de démonstration)</translation>
    </message>
    <message>
        <source>file a declaration in the store</source>
        <translation>déposer une déclaration dans le registre</translation>
    </message>
    <message>
        <source>the stored declarations you may see</source>
        <translation>les déclarations enregistrées que vous pouvez consulter</translation>
    </message>
    <message>
        <source>acknowledge a declaration filed to you</source>
        <translation>accuser réception d&apos;une déclaration qui vous a été remise</translation>
    </message>
    <message>
        <source>destroy what retention allows</source>
        <translation>détruire ce que les durées de conservation permettent de détruire</translation>
    </message>
    <message>
        <source>Verify the audit trail.</source>
        <translation>Vérifie la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>verify every entry&apos;s signature (slower)</source>
        <translation>vérifier la signature de chaque entrée (plus lent)</translation>
    </message>
    <message>
        <source>audit trail whole: %1 entries, chain and newest signature verified</source>
        <translation>piste d&apos;audit intègre&#xa0;: %1 entrées, chaînage et signature la plus récente vérifiés</translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>tête de chaîne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit entries you may see.</source>
        <translation>Les entrées de la piste d&apos;audit que vous pouvez consulter.</translation>
    </message>
    <message>
        <source>Who may open a declaration, and who opened it last.</source>
        <translation>Qui peut ouvrir une déclaration, et qui l&apos;a ouverte en dernier.</translation>
    </message>
    <message>
        <source>Export the auditor&apos;s verifiable bundle into a new folder.</source>
        <translation>Exporte le dossier de contrôle vérifiable de l&apos;auditeur dans un nouveau dossier.</translation>
    </message>
    <message>
        <source>the new (or empty) folder</source>
        <translation>le nouveau dossier (ou un dossier vide)</translation>
    </message>
    <message>
        <source>exporting the bundle: %1%</source>
        <translation>export du dossier de contrôle&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>bundle written to %1 (declarations: %2, envelopes: %3, receipts: %4, audit entries: %5)</source>
        <translation>dossier de contrôle écrit dans %1 (déclarations&#xa0;: %2, enveloppes&#xa0;: %3, accusés de réception&#xa0;: %4, entrées d&apos;audit&#xa0;: %5)</translation>
    </message>
    <message>
        <source>Verify an auditor&apos;s bundle.</source>
        <translation>Vérifie un dossier de contrôle de l&apos;auditeur.</translation>
    </message>
    <message>
        <source>bundle whole (files: %1, declarations: %2, envelopes: %3, receipts: %4, audit entries: %5), every signature verified</source>
        <translation>dossier de contrôle intègre (fichiers&#xa0;: %1, déclarations&#xa0;: %2, enveloppes&#xa0;: %3, accusés de réception&#xa0;: %4, entrées d&apos;audit&#xa0;: %5), toutes les signatures vérifiées</translation>
    </message>
    <message>
        <source>exported by %1 at %2</source>
        <translation>exporté par %1 le %2</translation>
    </message>
    <message>
        <source>Anonymised statistics per jurisdiction and year, for the CSM&apos;s veille déontologique.</source>
        <translation>Statistiques anonymisées par juridiction et par année, pour la veille déontologique du CSM.</translation>
    </message>
    <message>
        <source>csv (default) or json</source>
        <translation>csv (par défaut) ou json</translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation>écrire dans FILE plutôt que sur la sortie standard</translation>
    </message>
    <message>
        <source>usage: probitas-cli avis request|record|show|list --store S --identity ID.p12 ... (probitas-cli avis SUBCOMMAND --help)</source>
        <translation>usage&#xa0;: probitas-cli avis request|record|show|list --store S --identity ID.p12 ... (probitas-cli avis SUBCOMMAND --help)</translation>
    </message>
    <message>
        <source>Ask the collège de déontologie for its avis on a declaration filed to you.</source>
        <translation>Solliciter l&apos;avis du collège de déontologie sur une déclaration qui vous a été remise.</translation>
    </message>
    <message>
        <source>the question, UTF-8 text (- for standard input)</source>
        <translation>la question, en texte UTF-8 (- pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>Record the collège&apos;s avis (a JSON file: docs/store.md).</source>
        <translation>Enregistrer l&apos;avis du collège (un fichier JSON&#xa0;: docs/store.md).</translation>
    </message>
    <message>
        <source>the request id</source>
        <translation>l&apos;identifiant de la demande</translation>
    </message>
    <message>
        <source>the avis (- for standard input)</source>
        <translation>l&apos;avis (- pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>avis recorded for request %1</source>
        <translation>avis enregistré pour la demande %1</translation>
    </message>
    <message>
        <source>Print the verified request and avis: {&quot;request&quot;: ..., &quot;avis&quot;: ...}.</source>
        <translation>Affiche la demande et l&apos;avis vérifiés&#xa0;: {&quot;request&quot;: ..., &quot;avis&quot;: ...}.</translation>
    </message>
    <message>
        <source>List the avis requests you may see: metadata only.</source>
        <translation>Liste les demandes d&apos;avis que vous pouvez consulter&#xa0;: métadonnées uniquement.</translation>
    </message>
    <message>
        <source>only those about this declaration</source>
        <translation>uniquement celles qui concernent cette déclaration</translation>
    </message>
    <message>
        <source>usage: probitas-cli entretien schedule|record|show|acknowledge|invite|list --store S --identity ID.p12 ... (probitas-cli entretien SUBCOMMAND --help)</source>
        <translation>usage&#xa0;: probitas-cli entretien schedule|record|show|acknowledge|invite|list --store S --identity ID.p12 ... (probitas-cli entretien SUBCOMMAND --help)</translation>
    </message>
    <message>
        <source>--at %1: not a date and time (2026-03-10T14:30)</source>
        <translation>--at %1&#xa0;: n&apos;est pas une date et une heure (2026-03-10T14:30)</translation>
    </message>
    <message>
        <source>Convoke the declarant of a declaration filed to you to the entretien déontologique.</source>
        <translation>Convoquer le déclarant d&apos;une déclaration qui vous a été remise à l&apos;entretien déontologique.</translation>
    </message>
    <message>
        <source>when: 2026-03-10T14:30 (local time) or with an offset</source>
        <translation>quand&#xa0;: 2026-03-10T14:30 (heure locale) ou avec un décalage horaire</translation>
    </message>
    <message>
        <source>where</source>
        <translation>où</translation>
    </message>
    <message>
        <source>the magistrate who holds it for you, by name in the directory</source>
        <translation>le magistrat qui le conduit en votre nom, désigné par son nom dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Record the fiche navette of the entretien held (a JSON file: docs/store.md).</source>
        <translation>Enregistrer la fiche navette de l&apos;entretien tenu (un fichier JSON&#xa0;: docs/store.md).</translation>
    </message>
    <message>
        <source>the entretien id</source>
        <translation>l&apos;identifiant de l&apos;entretien</translation>
    </message>
    <message>
        <source>the fiche navette (- for standard input)</source>
        <translation>la fiche navette (- pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>fiche recorded for entretien %1</source>
        <translation>fiche enregistrée pour l&apos;entretien %1</translation>
    </message>
    <message>
        <source>Print the verified convocation and fiche navette: {&quot;convocation&quot;: ..., &quot;fiche&quot;: ...}.</source>
        <translation>Affiche la convocation et la fiche navette vérifiées&#xa0;: {&quot;convocation&quot;: ..., &quot;fiche&quot;: ...}.</translation>
    </message>
    <message>
        <source>Acknowledge the fiche navette of your entretien (a signed receipt).</source>
        <translation>Accuser réception de la fiche navette de votre entretien (accusé de réception signé).</translation>
    </message>
    <message>
        <source>fiche of entretien %1 acknowledged</source>
        <translation>accusé de réception de la fiche de l&apos;entretien %1 enregistré</translation>
    </message>
    <message>
        <source>Invite the declarant to modify the declaration after the entretien (art. 7-2).</source>
        <translation>Inviter le déclarant à modifier la déclaration à l&apos;issue de l&apos;entretien (art. 7-2).</translation>
    </message>
    <message>
        <source>the declarant is invited to modify the declaration</source>
        <translation>le déclarant est invité à modifier la déclaration</translation>
    </message>
    <message>
        <source>List the entretiens you may see: metadata only.</source>
        <translation>Liste les entretiens que vous pouvez consulter&#xa0;: métadonnées uniquement.</translation>
    </message>
    <message>
        <source>invitation %1</source>
        <translation>invitation %1</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>replace the output file if it exists</source>
        <translation>remplacer le fichier de sortie s&apos;il existe</translation>
    </message>
    <message>
        <source>%1 exists: give --force to replace it</source>
        <translation>%1 existe&#xa0;: indiquez --force pour le remplacer</translation>
    </message>
    <message>
        <source>usage: probitas-cli hatvp export ID --store S --identity ID.p12 --out FILE.xml [--force], or probitas-cli hatvp export --declaration DECLARATION.json --out FILE.xml [--force]</source>
        <translation>usage&#xa0;: probitas-cli hatvp export ID --store S --identity ID.p12 --out FILE.xml [--force], ou probitas-cli hatvp export --declaration DECLARATION.json --out FILE.xml [--force]</translation>
    </message>
    <message>
        <source>a declaration document (JSON) instead of a stored one</source>
        <translation>un document de déclaration (JSON) au lieu d&apos;une déclaration enregistrée</translation>
    </message>
    <message>
        <source>Write a declaration in the XML structure of the HATVP. What that structure cannot hold (the profile, our choices) travels in Probitas elements, so importing the file gives the same declaration back.</source>
        <translation>Écrit une déclaration dans la structure XML de la HATVP. Ce que cette structure ne peut contenir (le profil, nos choix) figure dans des éléments Probitas, de sorte que l&apos;import du fichier restitue la même déclaration.</translation>
    </message>
    <message>
        <source>the id of a stored declaration</source>
        <translation>l&apos;identifiant d&apos;une déclaration enregistrée</translation>
    </message>
    <message>
        <source> (kept as a note on %1)</source>
        <translation> (conservé dans une note sur %1)</translation>
    </message>
    <message>
        <source>the magistrate&apos;s situation (profile)</source>
        <translation>la situation du magistrat (profil)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not answered</source>
        <translation>
            <numerusform>%n rubrique non renseignée</numerusform>
            <numerusform>%n rubriques non renseignées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>%n champ obligatoire</numerusform>
            <numerusform>%n champs obligatoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to resolve</source>
        <translation>
            <numerusform>%n note à traiter</numerusform>
            <numerusform>%n notes à traiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other error(s)</source>
        <translation>
            <numerusform>%n autre erreur</numerusform>
            <numerusform>%n autres erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a HATVP declaration (XML) into a draft of ours (canonical JSON). What could not be read as a value is listed on stderr and kept as a note in the draft. Exit 0 when the file was read, 2 when it is not a HATVP declaration.</source>
        <translation>Lit une déclaration de la HATVP (XML) et en fait un brouillon Probitas (JSON canonique). Ce qui n&apos;a pu être lu comme une valeur est listé sur la sortie d&apos;erreur et conservé dans une note du brouillon. Code de sortie 0 si le fichier a été lu, 2 s&apos;il ne s&apos;agit pas d&apos;une déclaration de la HATVP.</translation>
    </message>
    <message>
        <source>also list each value withheld in a published file</source>
        <translation>lister aussi chaque valeur masquée dans un fichier publié</translation>
    </message>
    <message>
        <source>the HATVP declaration (- for stdin)</source>
        <translation>la déclaration de la HATVP (- pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>usage: probitas-cli hatvp import FILE.xml --out DECLARATION.json [--force]</source>
        <translation>usage&#xa0;: probitas-cli hatvp import FILE.xml --out DECLARATION.json [--force]</translation>
    </message>
    <message>
        <source>%1: a draft %2 (%3) written to %4</source>
        <translation>%1&#xa0;: brouillon de %2 (%3) écrit dans %4</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not taken as such: listed above</source>
        <translation>
            <numerusform>%n valeur non reprise telle quelle&#xa0;: voir ci-dessus</numerusform>
            <numerusform>%n valeurs non reprises telles quelles&#xa0;: voir ci-dessus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) withheld in the published file ([Données non publiées]) are left empty; --verbose lists them</source>
        <translation>
            <numerusform>%n valeur masquée dans le fichier publié ([Données non publiées]) est laissée vide&#xa0;; --verbose la liste</numerusform>
            <numerusform>%n valeurs masquées dans le fichier publié ([Données non publiées]) sont laissées vides&#xa0;; --verbose les liste</numerusform>
        </translation>
    </message>
    <message>
        <source>To complete before it can be signed: %1. &apos;probitas-cli validate %2&apos; lists them.</source>
        <translation>À compléter avant de pouvoir signer&#xa0;: %1. «&#xa0;probitas-cli validate %2&#xa0;» en donne le détail.</translation>
    </message>
    <message>
        <source>usage: probitas-cli hatvp export|import … (--help for each)</source>
        <translation>usage&#xa0;: probitas-cli hatvp export|import … (--help pour chacune)</translation>
    </message>
    <message>
        <source>verify, read or export the audit trail</source>
        <translation>vérifier, lire ou exporter la piste d&apos;audit</translation>
    </message>
    <message>
        <source>schedule, record, read or acknowledge an entretien déontologique</source>
        <translation>programmer un entretien déontologique, en enregistrer la fiche, la lire ou en accuser réception</translation>
    </message>
    <message>
        <source>ask for, give or read the collège&apos;s avis</source>
        <translation>solliciter, rendre ou lire l&apos;avis du collège</translation>
    </message>
    <message>
        <source>export or import a declaration in the HATVP&apos;s XML</source>
        <translation>exporter ou importer une déclaration au format XML de la HATVP</translation>
    </message>
    <message>
        <source>Add a person to the directory.</source>
        <translation>Ajouter une personne à l&apos;annuaire.</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>declarant, authority, auditor or admin</source>
        <translation>declarant, authority, auditor ou admin</translation>
    </message>
    <message>
        <source>the authority id held (tj-nanterre:president, hatvp, ...)</source>
        <translation>l&apos;autorité exercée (tj-nanterre:president, hatvp, ...)</translation>
    </message>
    <message>
        <source>the person&apos;s certificate (PEM or DER)</source>
        <translation>le certificat de la personne (PEM ou DER)</translation>
    </message>
    <message>
        <source>List the directory.</source>
        <translation>Lister l&apos;annuaire.</translation>
    </message>
    <message>
        <source>add people to the directory (administrator), or list it</source>
        <translation>ajouter des personnes à l&apos;annuaire (administrateur), ou le lister</translation>
    </message>
    <message>
        <source>Write a stored declaration&apos;s envelope, sealed as it is stored (CMS), for a reader of it.</source>
        <translation>Écrire l&apos;enveloppe d&apos;une déclaration enregistrée, scellée telle qu&apos;elle est conservée (CMS), pour l&apos;un de ses lecteurs.</translation>
    </message>
    <message>
        <source>the envelope file to write</source>
        <translation>le fichier d&apos;enveloppe à écrire</translation>
    </message>
    <message>
        <source>Close a procedure: what it allowed ends, and its legal hold is lifted.</source>
        <translation>Clore une procédure&#xa0;: ce qu&apos;elle permettait prend fin, et la conservation qu&apos;elle imposait est levée.</translation>
    </message>
    <message>
        <source>the id &apos;procedure record&apos; printed (&apos;procedure list&apos; shows it)</source>
        <translation>l&apos;identifiant affiché par «&#xa0;procedure record&#xa0;» («&#xa0;procedure list&#xa0;» le montre)</translation>
    </message>
    <message>
        <source>closed procedure %1 (%2) against %3</source>
        <translation>procédure %1 (%2) visant %3 close</translation>
    </message>
    <message>
        <source>legal hold lifted: retention applies again to %1&apos;s declarations</source>
        <translation>conservation levée&#xa0;: la durée de conservation s&apos;applique de nouveau aux déclarations de %1</translation>
    </message>
    <message numerus="yes">
        <source>legal hold lifted; %n other hold(s) still suspend destruction</source>
        <translation>
            <numerusform>conservation levée&#xa0;; %n autre conservation suspend encore la destruction</numerusform>
            <numerusform>conservation levée&#xa0;; %n autres conservations suspendent encore la destruction</numerusform>
        </translation>
    </message>
    <message>
        <source>List the procedures recorded (for the administrator and the auditor).</source>
        <translation>Lister les procédures enregistrées (pour l&apos;administrateur et l&apos;auditeur).</translation>
    </message>
    <message>
        <source>only the procedures still open</source>
        <translation>seulement les procédures en cours</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>close le %1</translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation>conservation pour la procédure</translation>
    </message>
    <message>
        <source>write a stored envelope, sealed, for one of its readers</source>
        <translation>écrire une enveloppe enregistrée, scellée, pour l&apos;un de ses lecteurs</translation>
    </message>
    <message>
        <source>record, list or close a disciplinary, criminal or IGJ procedure</source>
        <translation>enregistrer, lister ou clore une procédure disciplinaire, pénale ou de l&apos;IGJ</translation>
    </message>
    <message>
        <source>Give a person a new certificate (a statement signed by the administrator).</source>
        <translation>Donner un nouveau certificat à une personne (une déclaration signée par l&apos;administrateur).</translation>
    </message>
    <message>
        <source>the new certificate (PEM or DER)</source>
        <translation>le nouveau certificat (PEM ou DER)</translation>
    </message>
    <message>
        <source>Remove a person from the directory (a statement signed by the administrator).</source>
        <translation>Retirer une personne de l&apos;annuaire (une déclaration signée par l&apos;administrateur).</translation>
    </message>
    <message>
        <source>Sign, once, the directory of a store made by an earlier Probitas.</source>
        <translation>Signer, une fois, l&apos;annuaire d&apos;un registre créé par une version antérieure de Probitas.</translation>
    </message>
    <message>
        <source>the organisation&apos;s CA certificate(s) (default: those of the identity)</source>
        <translation>le ou les certificats de l&apos;AC de l&apos;organisation (par défaut&#xa0;: ceux de l&apos;identité)</translation>
    </message>
    <message>
        <source>do not ask: the directory listed is the right one</source>
        <translation>ne pas demander&#xa0;: l&apos;annuaire affiché est le bon</translation>
    </message>
    <message>
        <source>You are about to sign this directory as its administrator. Check every line: whoever could write to the store may have changed it.</source>
        <translation>Vous allez signer cet annuaire en tant qu&apos;administrateur. Vérifiez chaque ligne&#xa0;: quiconque pouvait écrire dans le registre a pu la modifier.</translation>
    </message>
    <message>
        <source>trust anchor: %1  %2</source>
        <translation>ancre de confiance&#xa0;: %1  %2</translation>
    </message>
    <message>
        <source>Type yes to sign it: </source>
        <translation>Tapez yes pour le signer&#xa0;: </translation>
    </message>
    <message>
        <source>not adopted: nothing was signed</source>
        <translation>non adopté&#xa0;: rien n&apos;a été signé</translation>
    </message>
    <message numerus="yes">
        <source>directory signed: %n person(s)</source>
        <translation>
            <numerusform>annuaire signé&#xa0;: %n personne</numerusform>
            <numerusform>annuaire signé&#xa0;: %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: probitas-cli receipt create --identity AUTHORITY.p12 --authority-id ID ENVELOPE OUT | receipt verify --envelope ENVELOPE (--authority CERT.pem [--authority-id ID] | --ca CERT.pem | --identity ID.p12) RECEIPT</source>
        <translation>usage&#xa0;: probitas-cli receipt create --identity AUTHORITY.p12 --authority-id ID ENVELOPE OUT | receipt verify --envelope ENVELOPE (--authority CERT.pem [--authority-id ID] | --ca CERT.pem | --identity ID.p12) RECEIPT</translation>
    </message>
    <message>
        <source>the authority id the receipt is made as (tj-nanterre:president)</source>
        <translation>l&apos;identifiant de l&apos;autorité au titre de laquelle l&apos;accusé de réception est établi (tj-nanterre:president)</translation>
    </message>
    <message>
        <source>the certificate of the authority the receipt must be signed by</source>
        <translation>le certificat de l&apos;autorité qui doit avoir signé l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>the authority id the receipt must name (with --authority)</source>
        <translation>l&apos;identifiant d&apos;autorité que l&apos;accusé de réception doit nommer (avec --authority)</translation>
    </message>
    <message>
        <source>Authority certificate SHA-256: %1</source>
        <translation>Empreinte SHA-256 du certificat de l&apos;autorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authority id: none (a version 1 receipt names no authority)</source>
        <translation>Identifiant d&apos;autorité&#xa0;: aucun (un accusé de réception de version 1 ne nomme aucune autorité)</translation>
    </message>
    <message>
        <source>Authority id: none (made by someone holding none)</source>
        <translation>Identifiant d&apos;autorité&#xa0;: aucun (établi par une personne qui n&apos;en détient pas)</translation>
    </message>
    <message>
        <source>Authority id: %1</source>
        <translation>Identifiant d&apos;autorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: the signer was not compared with the authority the declaration was filed to (--authority CERT.pem)</source>
        <translation>avertissement&#xa0;: le signataire n&apos;a pas été comparé à l&apos;autorité à laquelle la déclaration a été remise (--authority CERT.pem)</translation>
    </message>
    <message>
        <source>an entry seen before, as verify printed the head, or a checkpoint file (audit checkpoint)</source>
        <translation>une entrée déjà vue, telle que verify en a affiché la tête de chaîne, ou un fichier de point de contrôle (audit checkpoint)</translation>
    </message>
    <message>
        <source>the organisation&apos;s CA: the checkpoint&apos;s signer must have been issued by it</source>
        <translation>l&apos;AC de l&apos;organisation&#xa0;: le signataire du point de contrôle doit avoir été certifié par elle</translation>
    </message>
    <message>
        <source>--ca checks the signer of a checkpoint file given as --anchor</source>
        <translation>--ca vérifie le signataire d&apos;un fichier de point de contrôle donné en --anchor</translation>
    </message>
    <message>
        <source>the checkpoint vouches for another store (%1), not this one (%2)</source>
        <translation>le point de contrôle atteste un autre registre (%1), et non celui-ci (%2)</translation>
    </message>
    <message>
        <source>checkpoint %1, signed by %2 at %3: still in the audit trail</source>
        <translation>point de contrôle %1, signé par %2 le %3&#xa0;: toujours dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Vouch for the audit trail&apos;s head in a signed checkpoint file, kept outside the store.</source>
        <translation>Attester la tête de chaîne de la piste d&apos;audit dans un fichier de point de contrôle signé, conservé hors du registre.</translation>
    </message>
    <message>
        <source>the checkpoint file to write</source>
        <translation>le fichier de point de contrôle à écrire</translation>
    </message>
    <message>
        <source>checkpoint written to %1</source>
        <translation>point de contrôle écrit dans %1</translation>
    </message>
    <message>
        <source>who must have exported it: their certificate, or its SHA-256 fingerprint in hexadecimal</source>
        <translation>qui doit l&apos;avoir exporté&#xa0;: son certificat, ou l&apos;empreinte SHA-256 de celui-ci en hexadécimal</translation>
    </message>
    <message>
        <source>manifest signed by %1 (SHA-256 %2)</source>
        <translation>manifeste signé par %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>official posting: %1</source>
        <translation>affectation officielle&#xa0;: %1</translation>
    </message>
    <message>
        <source>a magistrate&apos;s official posting (JSON, as for obligations)</source>
        <translation>l&apos;affectation officielle d&apos;un magistrat (JSON, comme pour obligations)</translation>
    </message>
    <message>
        <source>the posting (JSON: status, formation, court, rank, installed_on, ceased_on; as for obligations)</source>
        <translation>l&apos;affectation (JSON&#xa0;: status, formation, court, rank, installed_on, ceased_on&#xa0;; comme pour obligations)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>replaced by a later request</source>
        <translation>remplacée par une demande ultérieure</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note&#xa0;: %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>no official posting stated</source>
        <translation>aucune affectation officielle enregistrée</translation>
    </message>
    <message>
        <source>Show your official posting as the directory states it, and your requests.</source>
        <translation>Afficher votre affectation officielle telle que l&apos;annuaire l&apos;indique, et vos demandes.</translation>
    </message>
    <message>
        <source>State a magistrate&apos;s official posting (a statement signed by the administrator).</source>
        <translation>Enregistrer l&apos;affectation officielle d&apos;un magistrat (une déclaration signée par l&apos;administrateur).</translation>
    </message>
    <message>
        <source>Ask the administrator to change your official posting (a new posting, a cessation).</source>
        <translation>Demander à l&apos;administrateur de modifier votre affectation officielle (une nouvelle affectation, une cessation de fonctions).</translation>
    </message>
    <message>
        <source>a note to the administrator (kept in clear in the audit trail)</source>
        <translation>une note pour l&apos;administrateur (conservée en clair dans la piste d&apos;audit)</translation>
    </message>
    <message>
        <source>List the requests to change a posting: those awaiting a decision, or --all.</source>
        <translation>Lister les demandes de changement d&apos;affectation&#xa0;: celles qui attendent une décision, ou toutes avec --all.</translation>
    </message>
    <message>
        <source>also those granted, rejected or replaced</source>
        <translation>aussi celles accordées, rejetées ou remplacées</translation>
    </message>
    <message>
        <source>Grant a request: the posting it asks for becomes the official one.</source>
        <translation>Accorder une demande&#xa0;: l&apos;affectation demandée devient l&apos;affectation officielle.</translation>
    </message>
    <message>
        <source>the id &apos;posting requests&apos; shows</source>
        <translation>l&apos;identifiant qu&apos;affiche «&#xa0;posting requests&#xa0;»</translation>
    </message>
    <message>
        <source>Reject a request, saying why; the posting stays as it is.</source>
        <translation>Rejeter une demande, en disant pourquoi&#xa0;; l&apos;affectation reste inchangée.</translation>
    </message>
    <message>
        <source>why (the magistrate reads it)</source>
        <translation>pourquoi (le magistrat le lira)</translation>
    </message>
    <message>
        <source>show, state or request a change of a magistrate&apos;s official posting</source>
        <translation>afficher, enregistrer ou demander un changement de l&apos;affectation officielle d&apos;un magistrat</translation>
    </message>
    <message>
        <source>the organisation&apos;s CA: the store&apos;s trust anchors and every signer must have been issued by it</source>
        <translation>l&apos;AC de l&apos;organisation&#xa0;: les ancres de confiance du registre et chaque signataire doivent avoir été émis par elle</translation>
    </message>
    <message>
        <source>store %1, its directory anchored by %2 (certificate of %3, SHA-256 %4)</source>
        <translation>registre %1, son annuaire ancré par %2 (certificat de %3, SHA-256 %4)</translation>
    </message>
    <message>
        <source>--%1 %2: neither a certificate file nor a SHA-256 fingerprint in hexadecimal</source>
        <translation>--%1 %2&#xa0;: ni un fichier de certificat ni une empreinte SHA-256 en hexadécimal</translation>
    </message>
    <message>
        <source>the store&apos;s first administrator, whom its directory must be anchored by: their certificate, or its SHA-256 fingerprint</source>
        <translation>le premier administrateur du registre, par qui son annuaire doit être ancré&#xa0;: son certificat, ou son empreinte SHA-256</translation>
    </message>
    <message>
        <source>After a renewal of your certificate, seal your copies of the declarations again for the new one.</source>
        <translation>Après le renouvellement de votre certificat, sceller à nouveau vos exemplaires des déclarations pour le nouveau.</translation>
    </message>
    <message>
        <source>your former identity, the one the copies are sealed to (passphrase: PROBITAS_FORMER_PASSPHRASE or the prompt)</source>
        <translation>votre ancienne identité, celle pour laquelle les exemplaires sont scellés (phrase de passe&#xa0;: PROBITAS_FORMER_PASSPHRASE ou la saisie)</translation>
    </message>
    <message>
        <source>say how many declarations are to be sealed again, and stop</source>
        <translation>indique combien de déclarations sont à sceller à nouveau, sans rien faire d&apos;autre</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) still sealed to your former certificate</source>
        <translation>
            <numerusform>%n déclaration encore scellée pour votre ancien certificat</numerusform>
            <numerusform>%n déclarations encore scellées pour votre ancien certificat</numerusform>
        </translation>
    </message>
    <message>
        <source>--former OLD.p12 is required: the identity the copies are sealed to</source>
        <translation>--former ANCIENNE.p12 est requis&#xa0;: l&apos;identité pour laquelle les exemplaires sont scellés</translation>
    </message>
    <message>
        <source>%1: not sealed again: %2</source>
        <translation>%1&#xa0;: non scellée à nouveau&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) sealed again for your current certificate</source>
        <translation>
            <numerusform>%n déclaration scellée à nouveau pour votre certificat actuel</numerusform>
            <numerusform>%n déclarations scellées à nouveau pour votre certificat actuel</numerusform>
        </translation>
    </message>
    <message>
        <source>after a renewal, seal your copies again for your new certificate</source>
        <translation>après un renouvellement, sceller à nouveau vos exemplaires pour votre nouveau certificat</translation>
    </message>
    <message>
        <source>your draft sealed again too</source>
        <translation>votre brouillon aussi a été scellé à nouveau</translation>
    </message>
    <message>
        <source>on a server store, their login (default: from their name)</source>
        <translation>sur un registre serveur, sa connexion (par défaut&#xa0;: d&apos;après son nom)</translation>
    </message>
    <message>
        <source>%1 is not a login name (lowercase letters, digits, _ . -; a letter first)</source>
        <translation>%1 n&apos;est pas un nom de connexion (lettres minuscules, chiffres, _ . -&#xa0;; une lettre d&apos;abord)</translation>
    </message>
    <message>
        <source>their login on this server store: %1 (its password or certificate is the database administrator&apos;s to set)</source>
        <translation>sa connexion à ce registre serveur&#xa0;: %1 (son mot de passe ou son certificat est à définir par l&apos;administrateur de la base de données)</translation>
    </message>
    <message>
        <source>Set up a PostgreSQL store whose server enforces the access rules.</source>
        <translation>Mettre en place un registre PostgreSQL dont le serveur applique lui-même les règles d&apos;accès.</translation>
    </message>
    <message>
        <source>create the login of the store&apos;s first administrator</source>
        <translation>créer la connexion du premier administrateur du registre</translation>
    </message>
    <message>
        <source>%1 is a server store: schema version %2 (was %3), rules installed; roles %4, %5, %6, %7 (owner %8)</source>
        <translation>%1 est un registre serveur&#xa0;: schéma en version %2 (auparavant %3), règles installées&#xa0;; rôles %4, %5, %6, %7 (propriétaire %8)</translation>
    </message>
    <message>
        <source>login %1 awaits the first administrator: set its password with psql&apos;s \password (or map a client certificate to it), then add yourself with probitas-cli people add --store postgresql://%1@HOST/DB</source>
        <translation>la connexion %1 attend le premier administrateur&#xa0;: définissez son mot de passe avec \password de psql (ou associez-lui un certificat client), puis ajoutez-vous avec probitas-cli people add --store postgresql://%1@HOTE/BASE</translation>
    </message>
    <message>
        <source>set up a PostgreSQL store whose server enforces the access rules</source>
        <translation>mettre en place un registre PostgreSQL dont le serveur applique lui-même les règles d&apos;accès</translation>
    </message>
    <message>
        <source>the map&apos;s name in pg_ident.conf (probitas)</source>
        <translation>le nom de la correspondance dans pg_ident.conf (probitas)</translation>
    </message>
    <message>
        <source>log in to the store&apos;s server with the certificate of --identity (no password)</source>
        <translation>se connecter au serveur du registre avec le certificat de --identity (sans mot de passe)</translation>
    </message>
    <message>
        <source>--certificate-login is for a store on a PostgreSQL server (postgresql://...)</source>
        <translation>--certificate-login vaut pour un registre sur un serveur PostgreSQL (postgresql://...)</translation>
    </message>
    <message>
        <source>then an entretien déontologique with %1 (%2)</source>
        <translation>puis un entretien déontologique avec %1 (%2)</translation>
    </message>
    <message>
        <source>no entretien: %1 may address written observations (%2)</source>
        <translation>pas d&apos;entretien&#xa0;: %1 peut adresser des observations écrites (%2)</translation>
    </message>
    <message>
        <source>not confirmed by a text at hand: %1</source>
        <translation>lecture non confirmée par un texte disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>No declaration is owed (%1): %2</source>
        <translation>Aucune déclaration n&apos;est due (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (default: %2). lo-2016 is the organic law as adopted; en-vigueur the law in force from 2016 to November 2023, without the provisions struck down by decision 2016-732 DC; lo-2023 the law after organic law 2023-1058, in force today.</source>
        <translation>%1 (par défaut&#xa0;: %2). lo-2016 est la loi organique telle qu&apos;adoptée&#xa0;; en-vigueur le droit en vigueur de 2016 à novembre 2023, sans les dispositions censurées par la décision 2016-732 DC&#xa0;; lo-2023 le droit issu de la loi organique 2023-1058, en vigueur aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>usage: probitas-cli control request|injonction|tax-returns|conclude|answer|show|list --store S --identity ID.p12 ... (probitas-cli control SUBCOMMAND --help)</source>
        <translation>usage&#xa0;: probitas-cli control request|injonction|tax-returns|conclude|answer|show|list --store S --identity ID.p12 ... (probitas-cli control SOUS-COMMANDE --help)</translation>
    </message>
    <message>
        <source>the act&apos;s text, UTF-8 (- for standard input)</source>
        <translation>le texte de l&apos;acte, UTF-8 (- pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>the declaration of assets controlled</source>
        <translation>la déclaration de situation patrimoniale contrôlée</translation>
    </message>
    <message>
        <source>Ask the declarant for explanations on her DSP (art. 7-3 IV).</source>
        <translation>Demander au déclarant des explications sur sa DSP (art. 7-3 IV).</translation>
    </message>
    <message>
        <source>incomplete (the declaration) or unanswered (a request)</source>
        <translation>incomplete (la déclaration) ou unanswered (une demande restée sans réponse)</translation>
    </message>
    <message>
        <source>Enjoin the declarant to complete her DSP or to answer, within one month (art. 7-3 IV).</source>
        <translation>Enjoindre au déclarant de compléter sa DSP ou de répondre, dans un délai d&apos;un mois (art. 7-3 IV).</translation>
    </message>
    <message>
        <source>--grounds must be incomplete or unanswered</source>
        <translation>--grounds doit valoir incomplete ou unanswered</translation>
    </message>
    <message>
        <source>also those of the spouse, partner or concubin (art. 7-3 V)</source>
        <translation>aussi celles du conjoint, du partenaire ou du concubin (art. 7-3 V)</translation>
    </message>
    <message>
        <source>Ask the declarant for her tax returns (art. 7-3 V).</source>
        <translation>Demander au déclarant ses déclarations fiscales (art. 7-3 V).</translation>
    </message>
    <message>
        <source>no-observation, justified, parquet or garde-des-sceaux</source>
        <translation>no-observation, justified, parquet ou garde-des-sceaux</translation>
    </message>
    <message>
        <source>Record the appreciation of the variation (art. 7-3 VI).</source>
        <translation>Enregistrer l&apos;appréciation de la variation (art. 7-3 VI).</translation>
    </message>
    <message>
        <source>--outcome must be no-observation, justified, parquet or garde-des-sceaux</source>
        <translation>--outcome doit valoir no-observation, justified, parquet ou garde-des-sceaux</translation>
    </message>
    <message>
        <source>Answer a request for explanations or an injonction of the HATVP.</source>
        <translation>Répondre à une demande d&apos;explications ou à une injonction de la HATVP.</translation>
    </message>
    <message>
        <source>the request or injonction answered</source>
        <translation>la demande ou l&apos;injonction à laquelle il est répondu</translation>
    </message>
    <message>
        <source>Print the control and its acts, verified, as JSON.</source>
        <translation>Afficher le contrôle et ses actes, vérifiés, en JSON.</translation>
    </message>
    <message>
        <source>the control id</source>
        <translation>l&apos;identifiant du contrôle</translation>
    </message>
    <message>
        <source>List the controls you may see, verified, by deadline: metadata only.</source>
        <translation>Lister les contrôles que vous pouvez voir, vérifiés, par échéance&#xa0;: métadonnées seulement.</translation>
    </message>
    <message>
        <source>only the controls still open</source>
        <translation>seulement les contrôles encore ouverts</translation>
    </message>
    <message>
        <source>injonction due %1</source>
        <translation>injonction à échéance du %1</translation>
    </message>
    <message>
        <source>regime: %1 (%2)</source>
        <translation>régime&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Create a store, optionally with its first administrator and its regime, or with the demo organisation.</source>
        <translation>Crée un registre, avec au besoin son premier administrateur et son régime, ou avec l&apos;organisation de démonstration.</translation>
    </message>
    <message>
        <source>the store&apos;s regime, signed by its first administrator (default: %1)</source>
        <translation>le régime du registre, signé par son premier administrateur (par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the demo organisation keeps the regime %1: it is the text this project was asked to implement</source>
        <translation>l&apos;organisation de démonstration garde le régime %1&#xa0;: c&apos;est le texte que ce projet devait mettre en œuvre</translation>
    </message>
    <message>
        <source>the store&apos;s regime is signed by its first administrator: give --identity ADMIN.p12 and --name NAME (%1)</source>
        <translation>le régime du registre est signé par son premier administrateur&#xa0;: indiquez --identity ADMIN.p12 et --name NOM (%1)</translation>
    </message>
    <message>
        <source>this store already has its administrator and its regime (%1): an administrator changes it with probitas-cli regime --set</source>
        <translation>ce registre a déjà son administrateur et son régime (%1)&#xa0;: un administrateur le change avec probitas-cli regime --set</translation>
    </message>
    <message>
        <source>administrator: %1</source>
        <translation>administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the demo follows the organic law of 2016 as adopted, the text Probitas was asked to implement; the law in force today is lo-2023 (docs/regimes.md)</source>
        <translation>la démonstration suit la loi organique de 2016 telle qu&apos;adoptée, le texte que Probitas devait mettre en œuvre&#xa0;; le droit en vigueur aujourd&apos;hui est lo-2023 (docs/regimes.md)</translation>
    </message>
    <message numerus="yes">
        <source>filed on %1, %n day(s) late</source>
        <translation>
            <numerusform>déposée le %1, %n jour de retard</numerusform>
            <numerusform>déposée le %1, %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>filed on %1, on time</source>
        <translation>déposée le %1, dans le délai</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>receipt held</source>
        <translation>accusé de réception reçu</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>sans accusé de réception</translation>
    </message>
    <message numerus="yes">
        <source>not filed: overdue by %n day(s)</source>
        <translation>
            <numerusform>non déposée&#xa0;: en retard de %n jour</numerusform>
            <numerusform>non déposée&#xa0;: en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>not filed yet: due by %1</source>
        <translation>pas encore déposée&#xa0;: à déposer au plus tard le %1</translation>
    </message>
    <message>
        <source>Prints every declaration your official posting owes, each with the filing that met it (when, on time or how late, the receipt) or still due.</source>
        <translation>Affiche chaque déclaration que doit votre affectation officielle, avec le dépôt qui y a satisfait (quand, dans le délai ou avec quel retard, l&apos;accusé de réception), ou encore due.</translation>
    </message>
    <message>
        <source>only with --profile</source>
        <translation>seulement avec --profile</translation>
    </message>
    <message>
        <source>--regime goes with --profile: with --store, the obligations are computed under the regime the store applies</source>
        <translation>--regime va avec --profile&#xa0;: avec --store, les obligations sont calculées selon le régime que le registre applique</translation>
    </message>
    <message>
        <source>declaration %1: %2</source>
        <translation>déclaration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Rules applied: %1, %2.</source>
        <translation>Règles appliquées&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Prints every declaration a magistrate&apos;s profile owes: to whom, by when, under which article. With --store S --identity ID.p12 instead of --profile: those of your official posting, each with the filing that met it.</source>
        <translation>Affiche chaque déclaration que doit le profil d&apos;un magistrat&#xa0;: à qui, quand, en vertu de quel article. Avec --store S --identity ID.p12 au lieu de --profile&#xa0;: celles de votre affectation officielle, chacune avec le dépôt qui y a satisfait.</translation>
    </message>
    <message>
        <source>usage: probitas-cli obligations --profile FILE [--regime REGIME], or probitas-cli obligations --store S --identity ID.p12</source>
        <translation>usage&#xa0;: probitas-cli obligations --profile FICHIER [--regime RÉGIME], ou probitas-cli obligations --store S --identity ID.p12</translation>
    </message>
    <message>
        <source>Show the store&apos;s regime, or change it (a statement signed by an administrator).</source>
        <translation>Affiche le régime du registre, ou le change (une déclaration signée par un administrateur).</translation>
    </message>
    <message>
        <source>the new regime (an administrator)</source>
        <translation>le nouveau régime (un administrateur)</translation>
    </message>
    <message>
        <source>no statement states one: the default regime</source>
        <translation>aucune déclaration n&apos;en énonce&#xa0;: le régime par défaut</translation>
    </message>
    <message>
        <source>stated by %1 on %2 (directory statement %3)</source>
        <translation>énoncé par %1 le %2 (déclaration d&apos;annuaire %3)</translation>
    </message>
    <message>
        <source>the declarations a profile owes, or yours and what met them</source>
        <translation>les déclarations qu&apos;un profil doit, ou les vôtres et ce qui y a satisfait</translation>
    </message>
    <message>
        <source>show the store&apos;s regime, or change it (administrator)</source>
        <translation>afficher le régime du registre, ou le changer (administrateur)</translation>
    </message>
    <message>
        <source>the HATVP&apos;s control of a DSP: its acts, answers and deadlines</source>
        <translation>le contrôle d&apos;une DSP par la HATVP&#xa0;: ses actes, réponses et échéances</translation>
    </message>
    <message>
        <source>Lists the cours d&apos;appel and the tribunals of their ressort, then the authorities outside them that receive declarations; or the cour of one seat, or one of those authorities.</source>
        <translation>Liste les cours d&apos;appel et les tribunaux de leur ressort, puis les autorités hors des juridictions qui reçoivent des déclarations&#xa0;; ou la cour d&apos;un siège, ou l&apos;une de ces autorités.</translation>
    </message>
    <message>
        <source>A seat, an authority&apos;s id or its institution to look up (optional).</source>
        <translation>Un siège, l&apos;identifiant d&apos;une autorité ou son institution à rechercher (facultatif).</translation>
    </message>
    <message>
        <source>the bundle&apos;s folder (audit export --out)</source>
        <translation>le dossier du lot (audit export --out)</translation>
    </message>
    <message>
        <source>an identity (PKCS#12) or a certificate</source>
        <translation>une identité (PKCS#12) ou un certificat</translation>
    </message>
    <message>
        <source>the identity whose passphrase changes</source>
        <translation>l&apos;identité dont la phrase de passe change</translation>
    </message>
    <message>
        <source>the identity</source>
        <translation>l&apos;identité</translation>
    </message>
    <message>
        <source>a PKCS#12 file made elsewhere</source>
        <translation>un fichier PKCS#12 créé ailleurs</translation>
    </message>
    <message>
        <source>the envelope the receipt is for</source>
        <translation>l&apos;enveloppe dont l&apos;accusé de réception est fait</translation>
    </message>
    <message>
        <source>the receipt to write</source>
        <translation>l&apos;accusé de réception à écrire</translation>
    </message>
    <message>
        <source>the receipt to verify</source>
        <translation>l&apos;accusé de réception à vérifier</translation>
    </message>
    <message>
        <source>Print the pg_ident.conf lines that let each person log in with their certificate: its subject, as the directory gives it, and their login.</source>
        <translation>Affiche les lignes de pg_ident.conf qui permettent à chacun de se connecter avec son certificat&#xa0;: son sujet, tel que l&apos;annuaire le donne, et son identifiant de connexion.</translation>
    </message>
    <message>
        <source>Protection: %1, %2 iterations at the weakest</source>
        <translation>Protection&#xa0;: %1, %2 itérations au plus faible</translation>
    </message>
    <message>
        <source>legacy PKCS#12 PBE</source>
        <translation>chiffrement PKCS#12 ancien (PBE)</translation>
    </message>
    <message>
        <source>an outdated algorithm (PKCS#12&apos;s own 3DES or RC2)</source>
        <translation>un algorithme dépassé (le 3DES ou le RC2 propres à PKCS#12)</translation>
    </message>
    <message>
        <source>only %1 PBKDF2 iterations where Probitas writes %2</source>
        <translation>seulement %1 itérations PBKDF2, là où Probitas en écrit %2</translation>
    </message>
    <message>
        <source>warning: %1 is protected by %2, which makes guessing its passphrase cheap for whoever copies it: `probitas-cli identity passwd %1` protects it again (the same passphrase may be kept)</source>
        <translation>avertissement&#xa0;: %1 est protégé par %2, ce qui rend sa phrase secrète peu coûteuse à deviner pour qui le copie&#xa0;: `probitas-cli identity passwd %1` le protège à nouveau (la même phrase secrète peut être gardée)</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER expected)</source>
        <translation>ce n&apos;est pas un certificat X.509 (format PEM ou DER attendu)</translation>
    </message>
    <message>
        <source>expected exactly one certificate, found %1</source>
        <translation>un seul certificat attendu, nombre trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: expected exactly one certificate, found %2</source>
        <translation>%1&#xa0;: un seul certificat attendu, nombre trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the certificate</source>
        <translation>impossible de créer le certificat</translation>
    </message>
    <message>
        <source>a CA needs a name (1 to 64 characters) and a positive validity</source>
        <translation>une autorité de certification requiert un nom (de 1 à 64 caractères) et une durée de validité positive</translation>
    </message>
    <message>
        <source>a certificate needs a name (1 to 64 characters) and a positive validity</source>
        <translation>un certificat requiert un nom (de 1 à 64 caractères) et une durée de validité positive</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority</source>
        <translation>cette identité n&apos;est pas une autorité de certification</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>AC</translation>
    </message>
    <message>
        <source>cannot protect the process memory (core dumps, ptrace)</source>
        <translation>impossible de protéger la mémoire du processus (vidages mémoire, ptrace)</translation>
    </message>
    <message>
        <source>OpenSSL %1 is not supported: 3.x from 3.0.22 on is required</source>
        <translation>OpenSSL %1 n&apos;est pas pris en charge&#xa0;: une version 3.x, à partir de la 3.0.22, est requise</translation>
    </message>
    <message>
        <source>cryptographic self-test failed: %1</source>
        <translation>échec de l&apos;autotest cryptographique&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a PKCS#12 file</source>
        <translation>ce n&apos;est pas un fichier PKCS#12</translation>
    </message>
    <message>
        <source>wrong passphrase (or the key file is damaged)</source>
        <translation>phrase de passe incorrecte (ou fichier de clé endommagé)</translation>
    </message>
    <message>
        <source>cannot read the PKCS#12 file (unsupported protection?)</source>
        <translation>impossible de lire le fichier PKCS#12 (protection non prise en charge&#xa0;?)</translation>
    </message>
    <message>
        <source>the PKCS#12 file must hold one private key and its certificate</source>
        <translation>le fichier PKCS#12 doit contenir une clé privée et son certificat</translation>
    </message>
    <message>
        <source>the private key does not match the certificate</source>
        <translation>la clé privée ne correspond pas au certificat</translation>
    </message>
    <message>
        <source>no identity</source>
        <translation>aucune identité</translation>
    </message>
    <message>
        <source>the passphrase must have at least %1 characters</source>
        <translation>la phrase de passe doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <source>cannot build the PKCS#12 file</source>
        <translation>impossible de constituer le fichier PKCS#12</translation>
    </message>
    <message>
        <source>cannot encode the PKCS#12 file</source>
        <translation>impossible d&apos;encoder le fichier PKCS#12</translation>
    </message>
    <message>
        <source>not a Probitas receipt: %1</source>
        <translation>ce n&apos;est pas un accusé de réception Probitas&#xa0;: %1</translation>
    </message>
    <message>
        <source>no trust anchor to verify the receipt with</source>
        <translation>aucune ancre de confiance pour vérifier l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>contenu inattendu</translation>
    </message>
    <message>
        <source>the receipt is for another envelope</source>
        <translation>l&apos;accusé de réception concerne une autre enveloppe</translation>
    </message>
    <message>
        <source>the receipt names another declarant</source>
        <translation>l&apos;accusé de réception désigne un autre déclarant</translation>
    </message>
    <message>
        <source>no signing identity</source>
        <translation>aucune identité de signature</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>cannot prepare the signature</source>
        <translation>impossible de préparer la signature</translation>
    </message>
    <message>
        <source>cannot sign</source>
        <translation>signature impossible</translation>
    </message>
    <message>
        <source>the content is not a valid signed message: %1</source>
        <translation>le contenu n&apos;est pas un message signé valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>not CMS</source>
        <translation>pas au format CMS</translation>
    </message>
    <message>
        <source>not SignedData</source>
        <translation>pas de type SignedData</translation>
    </message>
    <message>
        <source>unexpected content type</source>
        <translation>type de contenu inattendu</translation>
    </message>
    <message>
        <source>detached signature</source>
        <translation>signature détachée</translation>
    </message>
    <message>
        <source>exactly one signer expected</source>
        <translation>un seul signataire attendu</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not in the message</source>
        <translation>le certificat du signataire ne figure pas dans le message</translation>
    </message>
    <message>
        <source>the signature carries no signing time</source>
        <translation>la signature ne comporte pas d&apos;heure de signature</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>la vérification de la signature a échoué</translation>
    </message>
    <message>
        <source>empty recipient certificate</source>
        <translation>certificat de destinataire vide</translation>
    </message>
    <message>
        <source>recipient &quot;%1&quot;</source>
        <translation>destinataire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>aucun destinataire</translation>
    </message>
    <message>
        <source>cannot prepare the envelope</source>
        <translation>impossible de préparer l&apos;enveloppe</translation>
    </message>
    <message>
        <source>cannot add a recipient</source>
        <translation>impossible d&apos;ajouter un destinataire</translation>
    </message>
    <message>
        <source>cannot encrypt</source>
        <translation>chiffrement impossible</translation>
    </message>
    <message>
        <source>no identity to open with</source>
        <translation>aucune identité permettant d&apos;ouvrir l&apos;enveloppe</translation>
    </message>
    <message>
        <source>the envelope is empty</source>
        <translation>l&apos;enveloppe est vide</translation>
    </message>
    <message>
        <source>not a CMS envelope (truncated or damaged?)</source>
        <translation>ce n&apos;est pas une enveloppe CMS (tronquée ou endommagée&#xa0;?)</translation>
    </message>
    <message>
        <source>the envelope is not authenticated (EnvelopedData): refused</source>
        <translation>l&apos;enveloppe n&apos;est pas authentifiée (EnvelopedData)&#xa0;: refusée</translation>
    </message>
    <message>
        <source>not an encrypted envelope</source>
        <translation>ce n&apos;est pas une enveloppe chiffrée</translation>
    </message>
    <message>
        <source>this identity is not a recipient of the envelope</source>
        <translation>cette identité ne figure pas parmi les destinataires de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>the envelope has been tampered with (authentication failed)</source>
        <translation>l&apos;enveloppe a été altérée (échec de l&apos;authentification)</translation>
    </message>
    <message>
        <source>malformed envelope: %1</source>
        <translation>enveloppe mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a single ContentInfo</source>
        <translation>pas un ContentInfo unique</translation>
    </message>
    <message>
        <source>bad ContentInfo</source>
        <translation>ContentInfo invalide</translation>
    </message>
    <message>
        <source>bad AuthEnvelopedData</source>
        <translation>AuthEnvelopedData invalide</translation>
    </message>
    <message>
        <source>AuthEnvelopedData version must be 0</source>
        <translation>la version d&apos;AuthEnvelopedData doit être 0</translation>
    </message>
    <message>
        <source>truncated AuthEnvelopedData</source>
        <translation>AuthEnvelopedData tronqué</translation>
    </message>
    <message>
        <source>missing recipientInfos</source>
        <translation>recipientInfos manquant</translation>
    </message>
    <message>
        <source>bad recipientInfo</source>
        <translation>recipientInfo invalide</translation>
    </message>
    <message>
        <source>bad key transport recipient version</source>
        <translation>version invalide pour un destinataire à transport de clé</translation>
    </message>
    <message>
        <source>bad key agreement recipient version</source>
        <translation>version invalide pour un destinataire à accord de clé</translation>
    </message>
    <message>
        <source>bad key agreement originator</source>
        <translation>initiateur de l&apos;accord de clé invalide</translation>
    </message>
    <message>
        <source>bad ephemeral public key</source>
        <translation>clé publique éphémère invalide</translation>
    </message>
    <message>
        <source>unsupported recipient type</source>
        <translation>type de destinataire non pris en charge</translation>
    </message>
    <message>
        <source>missing authEncryptedContentInfo</source>
        <translation>authEncryptedContentInfo manquant</translation>
    </message>
    <message>
        <source>bad authEncryptedContentInfo</source>
        <translation>authEncryptedContentInfo invalide</translation>
    </message>
    <message>
        <source>unexpected encrypted content type</source>
        <translation>type de contenu chiffré inattendu</translation>
    </message>
    <message>
        <source>bad content encryption algorithm</source>
        <translation>algorithme de chiffrement du contenu invalide</translation>
    </message>
    <message>
        <source>the content cipher is not AES-256-GCM</source>
        <translation>le chiffrement du contenu n&apos;est pas AES-256-GCM</translation>
    </message>
    <message>
        <source>AES-GCM nonce must be 12 bytes</source>
        <translation>le nonce AES-GCM doit faire 12 octets</translation>
    </message>
    <message>
        <source>the AES-GCM tag must be 16 bytes</source>
        <translation>l&apos;étiquette d&apos;authentification AES-GCM doit faire 16 octets</translation>
    </message>
    <message>
        <source>missing encrypted content</source>
        <translation>contenu chiffré manquant</translation>
    </message>
    <message>
        <source>missing authentication tag</source>
        <translation>étiquette d&apos;authentification manquante</translation>
    </message>
    <message>
        <source>unexpected data after the tag</source>
        <translation>données inattendues après l&apos;étiquette d&apos;authentification</translation>
    </message>
    <message>
        <source>%1: no public key</source>
        <translation>%1&#xa0;: aucune clé publique</translation>
    </message>
    <message>
        <source>%1: elliptic curve %2 is not approved (P-256 only)</source>
        <translation>%1&#xa0;: la courbe elliptique %2 n&apos;est pas admise (P-256 uniquement)</translation>
    </message>
    <message>
        <source>%1: RSA key of %2 bits is not approved (3072 bits at least)</source>
        <translation>%1&#xa0;: une clé RSA de %2 bits n&apos;est pas admise (3072 bits au minimum)</translation>
    </message>
    <message>
        <source>%1: key type %2 is not approved (P-256 or RSA &gt;= 3072 only)</source>
        <translation>%1&#xa0;: le type de clé %2 n&apos;est pas admis (P-256 ou RSA &gt;= 3072 uniquement)</translation>
    </message>
    <message>
        <source>%1: the certificate has no keyUsage extension</source>
        <translation>%1&#xa0;: le certificat ne comporte pas d&apos;extension keyUsage</translation>
    </message>
    <message>
        <source>%1: the certificate does not allow %2</source>
        <translation>%1&#xa0;: le certificat n&apos;autorise pas %2</translation>
    </message>
    <message>
        <source>cannot set up certificate verification</source>
        <translation>impossible de mettre en place la vérification des certificats</translation>
    </message>
    <message>
        <source>%1: the certificate has expired</source>
        <translation>%1&#xa0;: le certificat a expiré</translation>
    </message>
    <message>
        <source>%1: the certificate is not yet valid</source>
        <translation>%1&#xa0;: le certificat n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>%1: the certificate was not issued by a trusted authority (%2)</source>
        <translation>%1&#xa0;: le certificat n&apos;a pas été émis par une autorité de confiance (%2)</translation>
    </message>
    <message>
        <source>%1: invalid certificate (%2)</source>
        <translation>%1&#xa0;: certificat invalide (%2)</translation>
    </message>
    <message>
        <source>%1: no certificate</source>
        <translation>%1&#xa0;: aucun certificat</translation>
    </message>
    <message>
        <source>the signature uses digest %1, not SHA-256</source>
        <translation>la signature utilise la fonction de hachage %1, et non SHA-256</translation>
    </message>
    <message>
        <source>signature algorithm %1 is not approved</source>
        <translation>l&apos;algorithme de signature %1 n&apos;est pas admis</translation>
    </message>
    <message>
        <source>RSA-OAEP must use SHA-256 and MGF1-SHA-256</source>
        <translation>RSA-OAEP doit utiliser SHA-256 et MGF1-SHA-256</translation>
    </message>
    <message>
        <source>RSA key transport without OAEP is not approved</source>
        <translation>le transport de clé RSA sans OAEP n&apos;est pas admis</translation>
    </message>
    <message>
        <source>key agreement without an algorithm</source>
        <translation>accord de clé sans algorithme</translation>
    </message>
    <message>
        <source>key agreement %1 is not approved (ECDH with the SHA-256 KDF only)</source>
        <translation>l&apos;accord de clé %1 n&apos;est pas admis (ECDH avec la KDF SHA-256 uniquement)</translation>
    </message>
    <message>
        <source>key wrap must be AES-256</source>
        <translation>l&apos;encapsulation de clé doit utiliser AES-256</translation>
    </message>
    <message>
        <source>recipient type not supported</source>
        <translation>type de destinataire non pris en charge</translation>
    </message>
    <message>
        <source>cannot compute a signature</source>
        <translation>impossible de calculer la signature</translation>
    </message>
    <message>
        <source>no signer certificate</source>
        <translation>aucun certificat de signataire</translation>
    </message>
    <message>
        <source>%1: the certificate was not valid at %2</source>
        <translation>%1&#xa0;: le certificat n&apos;était pas valide le %2</translation>
    </message>
    <message>
        <source>the signature claims to be later than its filing</source>
        <translation>la signature se dit postérieure à son dépôt</translation>
    </message>
    <message>
        <source>not an authority id: %1</source>
        <translation>pas un identifiant d&apos;autorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 signed this envelope: one does not acknowledge one&apos;s own declaration</source>
        <translation>%1 a signé cette enveloppe&#xa0;: on n&apos;accuse pas réception de sa propre déclaration</translation>
    </message>
    <message>
        <source>the receipt is signed by %1, not by %2, the authority expected</source>
        <translation>l&apos;accusé de réception est signé par %1, et non par %2, l&apos;autorité attendue</translation>
    </message>
    <message>
        <source>the receipt is signed by %1, the declarant it names: one does not acknowledge one&apos;s own declaration</source>
        <translation>l&apos;accusé de réception est signé par %1, le déclarant qu&apos;il nomme&#xa0;: on n&apos;accuse pas réception de sa propre déclaration</translation>
    </message>
    <message>
        <source>the receipt is signed by %1 but names another certificate as its authority&apos;s</source>
        <translation>l&apos;accusé de réception est signé par %1 mais nomme un autre certificat comme celui de son autorité</translation>
    </message>
    <message>
        <source>the receipt (version 1, signed by %1) names no authority, so it cannot prove that %2 received the envelope</source>
        <translation>l&apos;accusé de réception (version 1, signé par %1) ne nomme aucune autorité&#xa0;: il ne peut donc prouver que %2 a reçu l&apos;enveloppe</translation>
    </message>
    <message>
        <source>the receipt is made by %1 as no authority, not as %2, the authority expected</source>
        <translation>l&apos;accusé de réception est établi par %1 sans qualité d&apos;autorité, et non en qualité de %2, l&apos;autorité attendue</translation>
    </message>
    <message>
        <source>the receipt is made by %1 as %2, not as %3, the authority expected</source>
        <translation>l&apos;accusé de réception est établi par %1 en qualité de %2, et non de %3, l&apos;autorité attendue</translation>
    </message>
    <message>
        <source>no identity, or no password for its key</source>
        <translation>aucune identité, ou aucun mot de passe pour sa clé</translation>
    </message>
    <message>
        <source>cannot encrypt the private key</source>
        <translation>impossible de chiffrer la clé privée</translation>
    </message>
    <message>
        <source>the PKCS#12 file asks for %1 iterations, more than the %2 accepted: not a key file to open</source>
        <translation>le fichier PKCS#12 demande %1 itérations, plus que les %2 acceptées&#xa0;: ce n&apos;est pas un fichier de clé à ouvrir</translation>
    </message>
</context>
<context>
    <name>declaration</name>
    <message>
        <source>declaration of interests</source>
        <translation>déclaration d&apos;intérêts</translation>
    </message>
    <message>
        <source>declaration of assets and liabilities</source>
        <translation>déclaration de situation patrimoniale</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>installation</translation>
    </message>
    <message>
        <source>end of functions</source>
        <translation>cessation des fonctions</translation>
    </message>
    <message>
        <source>substantial change</source>
        <translation>modification substantielle</translation>
    </message>
    <message>
        <source>modification after the ethics interview</source>
        <translation>modification à l&apos;issue de l&apos;entretien déontologique</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Declarations of interests and of assets of judicial magistrates.</source>
        <translation>Déclarations d&apos;intérêts et de situation patrimoniale des magistrats de l&apos;ordre judiciaire.</translation>
    </message>
    <message>
        <source>Save the window as a PNG and quit.</source>
        <translation>Enregistre la fenêtre au format PNG et quitte l&apos;application.</translation>
    </message>
    <message>
        <source>Probitas cannot start</source>
        <translation>Impossible de démarrer Probitas</translation>
    </message>
    <message>
        <source>The store to open: a SQLite file (default: %1) or postgresql://user@host:port/db. When the file does not exist, the demonstration store is created there; never in a PostgreSQL database.</source>
        <translation>Le registre à ouvrir&#xa0;: un fichier SQLite (par défaut&#xa0;: %1) ou postgresql://utilisateur@hôte:port/base. Si le fichier n&apos;existe pas, le registre de démonstration y est créé&#xa0;; jamais dans une base PostgreSQL.</translation>
    </message>
    <message>
        <source>Open the demonstration store (created at its first use) at once, without the first start&apos;s choice.</source>
        <translation>Ouvrir aussitôt le registre de démonstration (créé à sa première utilisation), sans le choix du premier démarrage.</translation>
    </message>
</context>
<context>
    <name>probitas::CountsChart</name>
    <message>
        <source>Chart of the counts</source>
        <translation>Graphique des effectifs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>probitas::DeclarationCompareView</name>
    <message>
        <source>Changes since the previous version</source>
        <translation>Modifications depuis la version précédente</translation>
    </message>
    <message>
        <source>The previous version</source>
        <translation>La version précédente</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Cette version</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>changed (the values that differ are darker)</source>
        <translation>modification (les valeurs qui diffèrent sont plus foncées)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>One of the versions was made with a form this version of the program does not know.</source>
        <translation>L&apos;une des versions a été établie avec un formulaire que cette version du programme ne connaît pas.</translation>
    </message>
    <message>
        <source>No change since the previous version.</source>
        <translation>Aucune modification depuis la version précédente.</translation>
    </message>
    <message>
        <source>Declarant: %1</source>
        <translation>Déclarant&#xa0;: %1</translation>
    </message>
    <message>
        <source>no longer answered</source>
        <translation>n&apos;est plus renseignée</translation>
    </message>
    <message>
        <source>was &quot;nothing to declare&quot;</source>
        <translation>auparavant «&#xa0;Néant&#xa0;»</translation>
    </message>
    <message>
        <source>now &quot;nothing to declare&quot;</source>
        <translation>désormais «&#xa0;Néant&#xa0;»</translation>
    </message>
    <message>
        <source>newly answered</source>
        <translation>renseignée pour la première fois</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n&#xa0;élément ajouté</numerusform>
            <numerusform>%n&#xa0;éléments ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) changed</source>
        <translation>
            <numerusform>%n&#xa0;élément modifié</numerusform>
            <numerusform>%n&#xa0;éléments modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) removed</source>
        <translation>
            <numerusform>%n&#xa0;élément supprimé</numerusform>
            <numerusform>%n&#xa0;éléments supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations changed</source>
        <translation>Observations modifiées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the previous version:</source>
        <translation>
            <numerusform>%n modification depuis la version précédente&#xa0;:</numerusform>
            <numerusform>%n modifications depuis la version précédente&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>probitas::DeclarationView</name>
    <message>
        <source>The declaration as it will be signed</source>
        <translation>La déclaration telle qu’elle sera signée</translation>
    </message>
    <message>
        <source>This declaration was made with a form this version of the program does not know (%1).</source>
        <translation>Cette déclaration a été établie avec un formulaire que cette version du programme ne connaît pas (%1).</translation>
    </message>
    <message>
        <source>Event: %1 — %2</source>
        <translation>Fait générateur&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Nothing to declare</source>
        <translation>Néant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Total liabilities: %1</source>
        <translation>Total du passif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary of assets and liabilities</source>
        <translation>Récapitulatif du patrimoine</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>Total de l’actif</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>Total du passif</translation>
    </message>
    <message>
        <source>Net assets (assets minus liabilities)</source>
        <translation>Patrimoine net (actif moins passif)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Entry %1 of %2</source>
        <translation>Élément %1 sur %2</translation>
    </message>
    <message>
        <source>Answered differently in the other version</source>
        <translation>Réponse différente dans l&apos;autre version</translation>
    </message>
</context>
<context>
    <name>probitas::DeclarationWizard</name>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Steps of the declaration</source>
        <translation>Étapes de la déclaration</translation>
    </message>
    <message>
        <source>✓ answered, ! to correct, ⚠ to check (art. 7-2, III), • not answered yet</source>
        <translation>✓ renseignée, ! à corriger, ⚠ à vérifier (art. 7-2, III), • pas encore renseignée</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Étape précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>Next step (Ctrl+PgDown)</source>
        <translation>Étape suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Attestation and filing</source>
        <translation>Attestation et dépôt</translation>
    </message>
    <message>
        <source>Who declares, and the functions in which you were installed. Fields marked * are required.</source>
        <translation>Votre identité et les fonctions dans lesquelles vous avez été installé. Les champs marqués d&apos;un astérisque (*) sont obligatoires.</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Anything you wish to add to the declaration as a whole (optional).</source>
        <translation>Toute précision que vous souhaitez apporter à l&apos;ensemble de la déclaration (facultatif).</translation>
    </message>
    <message>
        <source>Read your declaration as it will be signed. To correct it, go back to its step from the list on the left.</source>
        <translation>Relisez votre déclaration telle qu&apos;elle sera signée. Pour la corriger, revenez à l&apos;étape concernée dans la liste de gauche.</translation>
    </message>
    <message>
        <source>Changes since the previous declaration</source>
        <translation>Modifications depuis la précédente déclaration</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Penalty (%1):</source>
        <translation>Sanctions (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>I &amp;attest on my honour the statement above</source>
        <translation>&amp;Je souscris à l’attestation sur l’honneur ci-dessus</translation>
    </message>
    <message>
        <source>What remains to be corrected</source>
        <translation>Points restant à corriger</translation>
    </message>
    <message>
        <source>Click, or press Enter, to go where it is corrected</source>
        <translation>Cliquez, ou appuyez sur Entrée, pour vous rendre à l&apos;endroit où corriger</translation>
    </message>
    <message>
        <source>&amp;Sign and file…</source>
        <translation>&amp;Signer et déposer…</translation>
    </message>
    <message>
        <source>Sign and file the declaration</source>
        <translation>Signer et déposer la déclaration</translation>
    </message>
    <message>
        <source>Available once the declaration has no error and you have ticked the attestation</source>
        <translation>Disponible lorsque la déclaration ne comporte plus d&apos;erreur et que vous avez coché l&apos;attestation</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>renseignée</translation>
    </message>
    <message>
        <source>nothing to declare</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>to check (art. 7-2, III)</source>
        <translation>à vérifier (art. 7-2, III)</translation>
    </message>
    <message>
        <source>to correct</source>
        <translation>à corriger</translation>
    </message>
    <message>
        <source>Nothing to declare</source>
        <translation>Néant</translation>
    </message>
    <message>
        <source>No change since the previous declaration.</source>
        <translation>Aucune modification depuis la précédente déclaration.</translation>
    </message>
    <message>
        <source>Declarant: %1 changed</source>
        <translation>Déclarant&#xa0;: %1 modifié(s)</translation>
    </message>
    <message>
        <source>no longer answered</source>
        <translation>n&apos;est plus renseignée</translation>
    </message>
    <message>
        <source>answered: nothing to declare</source>
        <translation>renseignée&#xa0;: «&#xa0;Néant&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>answered: %n entry(ies)</source>
        <translation>
            <numerusform>renseignée&#xa0;: %n&#xa0;élément</numerusform>
            <numerusform>renseignée&#xa0;: %n&#xa0;éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>was &quot;Nothing to declare&quot;, now %n entry(ies)</source>
        <translation>
            <numerusform>auparavant «&#xa0;Néant&#xa0;», désormais %n&#xa0;élément</numerusform>
            <numerusform>auparavant «&#xa0;Néant&#xa0;», désormais %n&#xa0;éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>now &quot;Nothing to declare&quot; (%n entry(ies) removed)</source>
        <translation>
            <numerusform>désormais «&#xa0;Néant&#xa0;» (%n&#xa0;élément supprimé)</numerusform>
            <numerusform>désormais «&#xa0;Néant&#xa0;» (%n&#xa0;éléments supprimés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n&#xa0;élément ajouté</numerusform>
            <numerusform>%n&#xa0;éléments ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) changed</source>
        <translation>
            <numerusform>%n&#xa0;élément modifié</numerusform>
            <numerusform>%n&#xa0;éléments modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) removed</source>
        <translation>
            <numerusform>%n&#xa0;élément supprimé</numerusform>
            <numerusform>%n&#xa0;éléments supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations changed</source>
        <translation>Observations modifiées</translation>
    </message>
    <message>
        <source>The recipients cannot be determined from your situation: %1</source>
        <translation>Les destinataires ne peuvent être déterminés à partir de votre situation&#xa0;: %1</translation>
    </message>
    <message>
        <source>According to your situation, the law does not require this declaration of you.</source>
        <translation>Compte tenu de votre situation, la loi ne vous impose pas cette déclaration.</translation>
    </message>
    <message>
        <source>This declaration will be sealed so that only these authorities and you can read it:</source>
        <translation>Cette déclaration sera scellée de sorte que seuls ces destinataires et vous-même puissiez la lire&#xa0;:</translation>
    </message>
    <message>
        <source>To be filed by %1.</source>
        <translation>À remettre au plus tard le %1.</translation>
    </message>
    <message>
        <source>Go to the step where this is corrected</source>
        <translation>Aller à l&apos;étape où corriger ce point</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to correct before signing</source>
        <translation>
            <numerusform>%n&#xa0;erreur à corriger avant de signer</numerusform>
            <numerusform>%n&#xa0;erreurs à corriger avant de signer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No error. %n point(s) to check, which do not prevent signing</source>
        <translation>
            <numerusform>Aucune erreur. %n&#xa0;point à vérifier, qui n&apos;empêche pas de signer</numerusform>
            <numerusform>Aucune erreur. %n&#xa0;points à vérifier, qui n&apos;empêchent pas de signer</numerusform>
        </translation>
    </message>
    <message>
        <source>No error: the declaration can be signed.</source>
        <translation>Aucune erreur&#xa0;: la déclaration peut être signée.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>The recipients cannot be determined: your situation (status, court, installation date) is not known.</source>
        <translation>Les destinataires ne peuvent être déterminés&#xa0;: votre situation (statut, juridiction, date d&apos;installation) n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>Ne&amp;xt &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
</context>
<context>
    <name>probitas::EntryDialog</name>
    <message>
        <source>%1 *</source>
        <translation>%1&#xa0;*</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* champ obligatoire</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This entry cannot be saved yet: correct the fields marked in red.</source>
        <translation>Cet élément ne peut pas encore être enregistré&#xa0;: corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Art. 7-2, III: the passages marked in amber may reveal an opinion or activity that a declaration of interests does not mention. Correct them, or click OK again to save the entry as it is.</source>
        <translation>Art. 7-2, III&#xa0;: les passages signalés en orange peuvent révéler une opinion ou une activité que la déclaration d’intérêts ne mentionne pas. Corrigez-les, ou cliquez de nouveau sur OK pour enregistrer l’élément tel quel.</translation>
    </message>
    <message>
        <source>Check the points marked in amber, then click OK again to save the entry as it is.</source>
        <translation>Vérifiez les points signalés en orange, puis cliquez de nouveau sur OK pour enregistrer l’élément tel quel.</translation>
    </message>
</context>
<context>
    <name>probitas::FieldEditor</name>
    <message>
        <source>yyyy</source>
        <translation>aaaa</translation>
    </message>
    <message>
        <source>in euros</source>
        <translation>en euros</translation>
    </message>
    <message>
        <source>not a date: type it as dd/mm/yyyy, e.g. 15/01/2026</source>
        <translation>date non valide&#xa0;: saisissez-la sous la forme jj/mm/aaaa, par exemple 15/01/2026</translation>
    </message>
    <message>
        <source>not a month: type it as mm/yyyy, e.g. 09/2016</source>
        <translation>mois non valide&#xa0;: saisissez-le sous la forme mm/aaaa, par exemple 09/2016</translation>
    </message>
    <message>
        <source>not a year: type four digits, e.g. 2024</source>
        <translation>année non valide&#xa0;: saisissez quatre chiffres, par exemple 2024</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>ce n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>not an amount in euros: type e.g. 12 750 or 12 750,50 (two decimals at most)</source>
        <translation>montant non valide&#xa0;: saisissez par exemple 12&#xa0;750 ou 12&#xa0;750,50 (deux décimales au plus)</translation>
    </message>
    <message>
        <source>not a percentage between 0 and 100: type e.g. 25,5 (two decimals at most)</source>
        <translation>pourcentage non valide&#xa0;: saisissez un nombre de 0 à 100, par exemple 25,5 (deux décimales au plus)</translation>
    </message>
    <message>
        <source>not a surface in m²: type e.g. 85,5</source>
        <translation>surface non valide&#xa0;: saisissez un nombre de m², par exemple 85,5</translation>
    </message>
    <message>
        <source>too long: %1 characters, %2 at most</source>
        <translation>texte trop long&#xa0;: %1&#xa0;caractères, %2 au plus</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>probitas::ItemPage</name>
    <message>
        <source>&amp;I have something to declare</source>
        <translation>&amp;J’ai des éléments à déclarer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Ajou&amp;ter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Answer &quot;Nothing to declare&quot;</source>
        <translation>Répondre «&#xa0;Néant&#xa0;»</translation>
    </message>
    <message>
        <source>Clear the entries</source>
        <translation>Effacer les éléments</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <source>The law: %1 (%2)</source>
        <translation>La loi&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Show the help</source>
        <translation>Afficher l’aide</translation>
    </message>
    <message>
        <source>Entries of %1</source>
        <translation>Éléments déclarés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation>Ajouter un élément (touche Inser)</translation>
    </message>
    <message>
        <source>Change the selected entry (Enter or double-click)</source>
        <translation>Modifier l’élément sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete); Ctrl+Z brings it back</source>
        <translation>Supprimer l’élément sélectionné (Suppr)&#xa0;; Ctrl+Z le rétablit</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message numerus="yes">
        <source>Answering &quot;Nothing to declare&quot; clears the %n entry(ies) of this item. You can bring them back with Undo (Ctrl+Z).</source>
        <translation>
            <numerusform>Répondre «&#xa0;Néant&#xa0;» efface l’élément saisi dans cette rubrique. Vous pourrez le rétablir avec Annuler (Ctrl+Z).</numerusform>
            <numerusform>Répondre «&#xa0;Néant&#xa0;» efface les %n&#xa0;éléments saisis dans cette rubrique. Vous pourrez les rétablir avec Annuler (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message>
        <source>Declare entries</source>
        <translation>Déclarer des éléments</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Change an entry</source>
        <translation>Modifier un élément</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>Supprimer un élément</translation>
    </message>
    <message>
        <source>Not answered yet. The declaration must be exhaustive: declare what you have, or answer &quot;Nothing to declare&quot;.</source>
        <translation>Rubrique non renseignée. La déclaration doit être exhaustive&#xa0;: déclarez les éléments qui s’y rapportent, ou répondez «&#xa0;Néant&#xa0;».</translation>
    </message>
    <message>
        <source>You declare that you have nothing to declare under this item.</source>
        <translation>Vous déclarez n’avoir aucun élément à déclarer dans cette rubrique.</translation>
    </message>
    <message>
        <source>Add at least one entry, or answer &quot;Nothing to declare&quot;.</source>
        <translation>Ajoutez au moins un élément, ou répondez «&#xa0;Néant&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) declared.</source>
        <translation>
            <numerusform>%n&#xa0;élément déclaré.</numerusform>
            <numerusform>%n&#xa0;éléments déclarés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them marked with an icon need checking: point at it to read why.</source>
        <translation>
            <numerusform>%n&#xa0;élément, marqué d’une icône, est à vérifier&#xa0;: pointez-la pour en lire la raison.</numerusform>
            <numerusform>%n&#xa0;éléments, marqués d’une icône, sont à vérifier&#xa0;: pointez-la pour en lire la raison.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total liabilities: %1&lt;/b&gt; (deducted from the assets)</source>
        <translation>&lt;b&gt;Total du passif&#xa0;: %1&lt;/b&gt; (à déduire de l’actif)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total of this item: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Total de la rubrique&#xa0;: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing to d&amp;eclare</source>
        <translation>&amp;Néant</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
</context>
<context>
    <name>probitas::ListFieldEditor</name>
    <message>
        <source>Add a line…</source>
        <translation>Ajouter une ligne…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a line to &quot;%1&quot;</source>
        <translation>Ajouter une ligne à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the selected line of &quot;%1&quot;</source>
        <translation>Modifier la ligne sélectionnée de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the selected line of &quot;%1&quot;</source>
        <translation>Supprimer la ligne sélectionnée de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>probitas::MainWindow</name>
    <message>
        <source>Probitas — declarations of magistrates</source>
        <translation>Probitas — déclarations des magistrats</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Probitas</source>
        <translation>À &amp;propos de Probitas</translation>
    </message>
    <message>
        <source>About Probitas</source>
        <translation>À propos de Probitas</translation>
    </message>
    <message>
        <source>declarant</source>
        <translation>déclarant</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorité</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Ouverture du registre…</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>Ouverture du registre</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock your identity&lt;/h2&gt;&lt;p&gt;Choose your identity file and type its passphrase. Your declarations are signed and sealed with it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Déverrouiller votre identité&lt;/h2&gt;&lt;p&gt;Choisissez votre fichier d&apos;identité et saisissez sa phrase de passe. Vos déclarations sont signées et scellées avec elle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>No store yet: creating the demonstration store and its identities. This takes a few seconds…</source>
        <translation>Aucun registre pour l&apos;instant&#xa0;: création du registre de démonstration et de ses identités. Cela prend quelques secondes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demonstration store&lt;/b&gt; — for trying Probitas only, never for real declarations. Identities: %1</source>
        <translation>&lt;b&gt;Registre de démonstration&lt;/b&gt; — pour essayer Probitas uniquement, jamais pour de véritables déclarations. Identités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demonstration store created.</source>
        <translation>Registre de démonstration créé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Fichier d&apos;identité</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx)</source>
        <translation>Identités PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose an identity file.</source>
        <translation>Choisissez un fichier d&apos;identité.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check it and try again.</source>
        <translation>Phrase de passe incorrecte. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>This identity is not in the store&apos;s directory: %1</source>
        <translation>Cette identité ne figure pas dans l&apos;annuaire du registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The store %1 is empty. Probitas creates no demonstration in a PostgreSQL database: &quot;probitas-cli init --store %1&quot; makes the store, and &quot;probitas-cli people add&quot; fills its directory.</source>
        <translation>Le registre %1 est vide. Probitas ne crée aucune démonstration dans une base PostgreSQL&#xa0;: «&#xa0;probitas-cli init --store %1&#xa0;» crée le registre, et «&#xa0;probitas-cli people add&#xa0;» remplit son annuaire.</translation>
    </message>
    <message numerus="yes">
        <source>Your certificate was renewed: %n declaration(s) you may read are still sealed to the former one. Seal them again for your current certificate, with your former identity file.</source>
        <translation>
            <numerusform>Votre certificat a été renouvelé&#xa0;: %n déclaration que vous pouvez lire est encore scellée pour l&apos;ancien. Scellez-la à nouveau pour votre certificat actuel, avec le fichier de votre ancienne identité.</numerusform>
            <numerusform>Votre certificat a été renouvelé&#xa0;: %n déclarations que vous pouvez lire sont encore scellées pour l&apos;ancien. Scellez-les à nouveau pour votre certificat actuel, avec le fichier de votre ancienne identité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your former identity file</source>
        <translation>Le fichier de votre ancienne identité</translation>
    </message>
    <message>
        <source>Your former identity</source>
        <translation>Votre ancienne identité</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Phrase de passe de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Sealing again for your current certificate…</source>
        <translation>Scellement pour votre certificat actuel en cours…</translation>
    </message>
    <message>
        <source>Wrong passphrase for your former identity. Nothing was sealed again.</source>
        <translation>Phrase de passe erronée pour votre ancienne identité. Rien n&apos;a été scellé à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was sealed again: %1</source>
        <translation>Rien n&apos;a été scellé à nouveau&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) sealed again for your current certificate.</source>
        <translation>
            <numerusform>%n déclaration scellée à nouveau pour votre certificat actuel.</numerusform>
            <numerusform>%n déclarations scellées à nouveau pour votre certificat actuel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be, and stay sealed to the former one: %1</source>
        <translation>
            <numerusform>%n n&apos;a pu l&apos;être et reste scellée pour l&apos;ancien&#xa0;: %1</numerusform>
            <numerusform>%n n&apos;ont pu l&apos;être et restent scellées pour l&apos;ancien&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Seal them &amp;again…</source>
        <translation>Sceller à &amp;nouveau…</translation>
    </message>
    <message>
        <source>Your draft too.</source>
        <translation>Votre brouillon aussi.</translation>
    </message>
    <message>
        <source>&amp;Open a store…</source>
        <translation>&amp;Ouvrir un registre…</translation>
    </message>
    <message>
        <source>Recent s&amp;tores</source>
        <translation>Registres ré&amp;cents</translation>
    </message>
    <message>
        <source>&amp;Retry the connection</source>
        <translation>&amp;Réessayer la connexion</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try to reach the server now</source>
        <translation>Tenter de joindre le serveur maintenant</translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation>&amp;Ouvrir un autre registre…</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Aucun registre n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The password of &lt;b&gt;%1&lt;/b&gt; on the server %2 (database %3). It is not kept: it is asked each time the store is opened.</source>
        <translation>Le mot de passe de &lt;b&gt;%1&lt;/b&gt; sur le serveur %2 (base de données %3). Il n&apos;est pas conservé&#xa0;: il est demandé à chaque ouverture du registre.</translation>
    </message>
    <message>
        <source>The store cannot be opened.</source>
        <translation>Le registre ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The server refused the password of %1. Check it, and try again.</source>
        <translation>Le serveur a refusé le mot de passe de %1. Vérifiez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The certificate of your seal logs you in to the server %1 as %2: unlock your identity to open the store.</source>
        <translation>Le certificat de votre sceau vous connecte au serveur %1 en tant que %2&#xa0;: déverrouillez votre identité pour ouvrir le registre.</translation>
    </message>
    <message>
        <source>The server refused the certificate of your seal as %1. Whoever administers the server maps each person&apos;s certificate to her login: ask them.</source>
        <translation>Le serveur a refusé le certificat de votre sceau pour %1. C&apos;est l&apos;administrateur du serveur qui associe le certificat de chacun à son identifiant de connexion&#xa0;: adressez-vous à lui.</translation>
    </message>
    <message>
        <source>It follows the regime lo-2016: the organic law of 2016 as adopted, the text Probitas was asked to implement, not the law in force today (lo-2023).</source>
        <translation>Il suit le régime lo-2016&#xa0;: la loi organique de 2016 telle qu&apos;adoptée, le texte que Probitas devait mettre en œuvre, et non le droit en vigueur aujourd&apos;hui (lo-2023).</translation>
    </message>
    <message>
        <source>It follows the regime %1.</source>
        <translation>Il suit le régime %1.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Change &amp;identity…</source>
        <translation>Changer d&apos;&amp;identité…</translation>
    </message>
    <message numerus="yes">
        <source>Probitas locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Probitas s&apos;est verrouillé après %n minute sans utilisation.</numerusform>
            <numerusform>Probitas s&apos;est verrouillé après %n minutes sans utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probitas is locked.</source>
        <translation>Probitas est verrouillé.</translation>
    </message>
    <message>
        <source>Probitas locked itself with your session.</source>
        <translation>Probitas s&apos;est verrouillé avec votre session.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probitas&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Declarations of interests (art. 7-2) and of assets (art. 7-3) of the ordonnance n° 58-1270 of 22 December 1958, and of ordonnance n° 58-1067 (art. 3-1, 3-2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cryptography&lt;/b&gt; (as ANSSI recommends): signatures ECDSA P-256 with SHA-256; declarations sealed with AES-256-GCM, their key for each reader with ECDH P-256 or RSA-OAEP (3072 bits and more); identity files PKCS#12 under PBKDF2-HMAC-SHA256 and AES-256; the audit trail chained by SHA-256.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built on&lt;/b&gt; Qt %2 (LGPL-3.0), %3 (Apache-2.0), SQLite (public domain) and PostgreSQL&apos;s libpq (PostgreSQL licence), as Debian ships them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Probitas&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Déclarations d&apos;intérêts (art. 7-2) et de situation patrimoniale (art. 7-3) de l&apos;ordonnance n° 58-1270 du 22 décembre 1958, et de l&apos;ordonnance n° 58-1067 (art. 3-1, 3-2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cryptographie&lt;/b&gt; (selon les recommandations de l&apos;ANSSI)&#xa0;: signatures ECDSA P-256 avec SHA-256&#xa0;; déclarations scellées en AES-256-GCM, leur clé pour chaque lecteur par ECDH P-256 ou RSA-OAEP (3072 bits et plus)&#xa0;; fichiers d&apos;identité PKCS#12 sous PBKDF2-HMAC-SHA256 et AES-256&#xa0;; trace d&apos;audit chaînée par SHA-256.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Construit sur&lt;/b&gt; Qt %2 (LGPL-3.0), %3 (Apache-2.0), SQLite (domaine public) et libpq de PostgreSQL (licence PostgreSQL), tels que Debian les fournit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Probitas</source>
        <translation>%1 — Probitas</translation>
    </message>
    <message>
        <source>The identity of %1 is no longer in memory, nor anything Probitas showed. A draft in progress was saved, sealed; it is offered back once you unlock.</source>
        <translation>L&apos;identité déverrouillée (%1) n&apos;est plus en mémoire, ni rien de ce que Probitas affichait. Un brouillon en cours a été enregistré, scellé&#xa0;; il vous sera proposé à nouveau après le déverrouillage.</translation>
    </message>
    <message>
        <source>&amp;Create the organisation&apos;s register…</source>
        <translation>&amp;Créer le registre de l&apos;organisation…</translation>
    </message>
    <message>
        <source>Register created. Unlock your identity to add the organisation&apos;s people.</source>
        <translation>Registre créé. Déverrouillez votre identité pour y ajouter les membres de l&apos;organisation.</translation>
    </message>
</context>
<context>
    <name>probitas::ObligationsPanel</name>
    <message>
        <source>Date of installation</source>
        <translation>Date d&apos;installation</translation>
    </message>
    <message>
        <source>End of functions on</source>
        <translation>Cessation des fonctions le</translation>
    </message>
    <message>
        <source>Date of the end of functions</source>
        <translation>Date de cessation des fonctions</translation>
    </message>
    <message>
        <source>Last declaration of assets on</source>
        <translation>Dernière déclaration de situation patrimoniale le</translation>
    </message>
    <message>
        <source>Date of the last declaration of assets</source>
        <translation>Date de la dernière déclaration de situation patrimoniale</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>S&amp;eat</source>
        <translation>Siè&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Rang</translation>
    </message>
    <message>
        <source>&amp;Installed on</source>
        <translation>&amp;Installation le</translation>
    </message>
    <message>
        <source>Rules &amp;applied</source>
        <translation>Règl&amp;es appliquées</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Fait générateur</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>Declarations due</source>
        <translation>Déclarations dues</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>No %1 at %2: one was made less than six months before (%3).</source>
        <translation>Pas de %1 (%2)&#xa0;: une déclaration a été établie moins de six mois auparavant (%3).</translation>
    </message>
    <message>
        <source>Substantial change on</source>
        <translation>Modification substantielle le</translation>
    </message>
    <message>
        <source>Date of the substantial change</source>
        <translation>Date de la modification substantielle</translation>
    </message>
    <message>
        <source>A substantial change in your interests or assets calls for a complementary declaration within two months (art. 7-2, III and 7-3, III).</source>
        <translation>Toute modification substantielle de vos intérêts ou de votre situation patrimoniale donne lieu, dans un délai de deux mois, à une déclaration complémentaire (art. 7-2, III et 7-3, III).</translation>
    </message>
    <message>
        <source>Forma&amp;tion</source>
        <translation>Forma&amp;tion</translation>
    </message>
    <message>
        <source>Co&amp;urt</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <source>Filed on %1</source>
        <translation>Déposée le %1</translation>
    </message>
    <message>
        <source>Member de droit (a former Président de la République)</source>
        <translation>Membre de droit (ancien Président de la République)</translation>
    </message>
    <message>
        <source>inspection générale de la justice</source>
        <translation>inspection générale de la justice</translation>
    </message>
    <message>
        <source>The former Présidents de la République sit de droit and owe no declaration (ord. 58-1067 art. 3-1 I and 3-2 I).</source>
        <translation>Les anciens Présidents de la République siègent de droit et ne doivent aucune déclaration (ord. 58-1067 art. 3-1 I et 3-2 I).</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>président of the Conseil constitutionnel</source>
        <translation>président du Conseil constitutionnel</translation>
    </message>
    <message>
        <source>magistrate of the inspection générale</source>
        <translation>magistrat de l&apos;inspection générale</translation>
    </message>
    <message>
        <source>inspecteur général, chef of the inspection générale</source>
        <translation>inspecteur général, chef de l&apos;inspection générale</translation>
    </message>
    <message>
        <source>No declaration is owed (%1).</source>
        <translation>Aucune déclaration n&apos;est due (%1).</translation>
    </message>
    <message numerus="yes">
        <source>not filed, overdue by %n day(s)</source>
        <translation>
            <numerusform>non déposée, en retard de %n jour</numerusform>
            <numerusform>non déposée, en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>to file by %1</source>
        <translation>à déposer au plus tard le %1</translation>
    </message>
    <message numerus="yes">
        <source>filed on %1, %n day(s) late</source>
        <translation>
            <numerusform>déposée le %1, %n jour de retard</numerusform>
            <numerusform>déposée le %1, %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>filed on %1, on time</source>
        <translation>déposée le %1, dans le délai</translation>
    </message>
    <message>
        <source>a receipt held does not verify</source>
        <translation>un accusé de réception détenu n&apos;est pas valide</translation>
    </message>
    <message>
        <source>receipt held</source>
        <translation>accusé de réception reçu</translation>
    </message>
    <message>
        <source>receipt held from %1 only</source>
        <translation>accusé de réception reçu seulement de&#xa0;: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>sans accusé de réception</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text applied&lt;/b&gt;: %1, %2.</source>
        <translation>&lt;b&gt;Texte appliqué&lt;/b&gt;&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>%1 (%2), to %3</source>
        <translation>%1 (%2), à remettre à %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Overdue&lt;/b&gt; since %1 (%n day(s)): %2</source>
        <translation>
            <numerusform>&lt;b&gt;En retard&lt;/b&gt; depuis le %1 (%n jour)&#xa0;: %2</numerusform>
            <numerusform>&lt;b&gt;En retard&lt;/b&gt; depuis le %1 (%n jours)&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Due&lt;/b&gt; by %1 (in %n day(s)): %2</source>
        <translation>
            <numerusform>&lt;b&gt;À déposer&lt;/b&gt; d&apos;ici le %1 (dans %n jour)&#xa0;: %2</numerusform>
            <numerusform>&lt;b&gt;À déposer&lt;/b&gt; d&apos;ici le %1 (dans %n jours)&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>probitas::PatrimonyVariationView</name>
    <message>
        <source>Variation of the assets</source>
        <translation>Variation du patrimoine</translation>
    </message>
    <message>
        <source>Variation of the assets (art. 7-3, VI)</source>
        <translation>Variation de la situation patrimoniale (art. 7-3, VI)</translation>
    </message>
    <message>
        <source>Assets declared (art. 7-3)</source>
        <translation>Patrimoine déclaré (art. 7-3)</translation>
    </message>
    <message>
        <source>Amounts as declared, without re-estimation. The split between separate, community and jointly owned property follows the regime given for each entry.</source>
        <translation>Montants tels que déclarés, sans réévaluation. La répartition entre biens propres, biens de la communauté et biens indivis suit le régime indiqué pour chaque élément.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>of which %1</source>
        <translation>dont %1</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>Total de l’actif</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>Total du passif</translation>
    </message>
    <message>
        <source>Net assets (assets minus liabilities)</source>
        <translation>Patrimoine net (actif moins passif)</translation>
    </message>
</context>
<context>
    <name>probitas::gui::AddPersonDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add a person to the directory</source>
        <translation>Ajouter une personne à l&apos;annuaire</translation>
    </message>
    <message>
        <source>As it is to appear, e.g. Hélène Durand-Lefèvre</source>
        <translation>Tel qu&apos;il doit apparaître, p. ex. Hélène Durand-Lefèvre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Type part of a court&apos;s seat or an authority id</source>
        <translation>Une partie du siège d&apos;une juridiction, ou un identifiant d&apos;autorité</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>Au&amp;torité&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier du certificat</translation>
    </message>
    <message>
        <source>No certificate chosen</source>
        <translation>Aucun certificat choisi</translation>
    </message>
    <message>
        <source>Certificate &amp;file…</source>
        <translation>&amp;Fichier du certificat…</translation>
    </message>
    <message>
        <source>The person&apos;s X.509 certificate, PEM or DER (not their identity file).</source>
        <translation>Le certificat X.509 de la personne, PEM ou DER (pas son fichier d&apos;identité).</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd to the directory</source>
        <translation>A&amp;jouter à l&apos;annuaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Only an authority holds an authority id.</source>
        <translation>Seule une autorité détient un identifiant d&apos;autorité.</translation>
    </message>
    <message>
        <source>%1 is not a known authority id: no declaration is filed or forwarded to it.</source>
        <translation>%1 n&apos;est pas un identifiant d&apos;autorité connu&#xa0;: aucune déclaration ne lui sera adressée ni transmise.</translation>
    </message>
    <message>
        <source>The person&apos;s certificate</source>
        <translation>Certificat de la personne</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Key:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; from %3 until %4</source>
        <translation>&lt;b&gt;Sujet&#xa0;:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Clé&#xa0;:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Validité&#xa0;:&lt;/b&gt; du %3 au %4</translation>
    </message>
    <message>
        <source>This certificate has expired: its holder could not sign with it.</source>
        <translation>Ce certificat a expiré&#xa0;: son titulaire ne pourrait pas s&apos;en servir pour signer.</translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires within %n day(s).</source>
        <translation>
            <numerusform>Ce certificat expire dans moins de %n jour.</numerusform>
            <numerusform>Ce certificat expire dans moins de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: type the person&apos;s name.</source>
        <translation>Nom&#xa0;: saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>Authority: choose the authority this person holds.</source>
        <translation>Autorité&#xa0;: choisissez l&apos;autorité que détient cette personne.</translation>
    </message>
    <message>
        <source>Certificate: choose the person&apos;s certificate file.</source>
        <translation>Certificat&#xa0;: choisissez le fichier du certificat de la personne.</translation>
    </message>
    <message>
        <source>The person unlocks Probitas with the identity this certificate belongs to. The addition is signed with your identity and recorded in the audit trail. A magistrate&apos;s official posting is stated afterwards, with &quot;Official posting…&quot;.</source>
        <translation>La personne déverrouille Probitas avec l&apos;identité à laquelle appartient ce certificat. L&apos;ajout est signé avec votre identité et consigné dans la piste d&apos;audit. L&apos;affectation officielle d&apos;un magistrat s&apos;enregistre ensuite, avec «&#xa0;Affectation officielle…&#xa0;».</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
</context>
<context>
    <name>probitas::gui::AdministratorWorkspace</name>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — expiré</translation>
    </message>
    <message numerus="yes">
        <source>%1 — expires in %n day(s)</source>
        <translation>
            <numerusform>%1 — expire dans %n jour</numerusform>
            <numerusform>%1 — expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The store&apos;s directory&lt;/b&gt; — everyone who may unlock Probitas on this store: their role, the authority they hold and their certificate.</source>
        <translation>&lt;b&gt;L&apos;annuaire du registre&lt;/b&gt; — toutes les personnes qui peuvent déverrouiller Probitas sur ce registre&#xa0;: leur rôle, l&apos;autorité qu&apos;elles détiennent et leur certificat.</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <source>Part of a name…</source>
        <translation>Une partie du nom…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Authority held</source>
        <translation>Autorité détenue</translation>
    </message>
    <message>
        <source>Certificate key</source>
        <translation>Clé du certificat</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>Certificat valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>The directory cannot be read: %1</source>
        <translation>L&apos;annuaire ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
SHA-256: %3</source>
        <translation>Certificat&#xa0;: %1
Émis par&#xa0;: %2
SHA-256&#xa0;: %3</translation>
    </message>
    <message>
        <source>This certificate has expired: its holder can no longer sign with it.</source>
        <translation>Ce certificat a expiré&#xa0;: son titulaire ne peut plus s&apos;en servir pour signer.</translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires within %n day(s): its holder needs a new one.</source>
        <translation>
            <numerusform>Ce certificat expire dans moins de %n jour&#xa0;: son titulaire a besoin d&apos;un nouveau certificat.</numerusform>
            <numerusform>Ce certificat expire dans moins de %n jours&#xa0;: son titulaire a besoin d&apos;un nouveau certificat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the directory</source>
        <translation>
            <numerusform>%n personne dans l&apos;annuaire</numerusform>
            <numerusform>%n personnes dans l&apos;annuaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s)</source>
        <translation>
            <numerusform>%1 sur %n personne</numerusform>
            <numerusform>%1 sur %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expired</source>
        <translation>
            <numerusform>%n certificat expiré</numerusform>
            <numerusform>%n certificats expirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expiring within 90 days</source>
        <translation>
            <numerusform>%n certificat expirant dans moins de 90 jours</numerusform>
            <numerusform>%n certificats expirant dans moins de 90 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now in the directory (%2).</source>
        <translation>%1 figure désormais dans l&apos;annuaire (%2).</translation>
    </message>
    <message>
        <source>Every change is signed with your identity and recorded in the audit trail.</source>
        <translation>Chaque modification est signée avec votre identité et inscrite dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Re&amp;new the certificate…</source>
        <translation>Re&amp;nouveler le certificat…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from the directory…</source>
        <translation>Retirer de l&apos;ann&amp;uaire…</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (retiré·e)</translation>
    </message>
    <message>
        <source>The new certificate of %1</source>
        <translation>Le nouveau certificat de %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>The certificate of %1 was not renewed: %2</source>
        <translation>Le certificat de %1 n&apos;a pas été renouvelé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 now signs with the new certificate (valid until %2); the former one no longer acts.</source>
        <translation>%1 signe désormais avec le nouveau certificat (valable jusqu&apos;au %2)&#xa0;; l&apos;ancien n&apos;agit plus.</translation>
    </message>
    <message>
        <source>Remove from the directory</source>
        <translation>Retirer de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Remove %1 from the directory? They will no longer act in this store and nothing more will be sealed for them; what they signed stays verifiable. This cannot be undone: they can only be added again, as a new person.</source>
        <translation>Retirer %1 de l&apos;annuaire&#xa0;? Cette personne n&apos;agira plus dans ce registre et plus rien ne sera scellé pour elle&#xa0;; ce qu&apos;elle a signé reste vérifiable. Ce retrait est définitif&#xa0;: elle ne peut être ajoutée à nouveau que comme une nouvelle personne.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n&apos;a pas été retiré·e&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was removed from the directory.</source>
        <translation>%1 a été retiré·e de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Offi&amp;cial posting…</source>
        <translation>Affectation &amp;officielle…</translation>
    </message>
    <message>
        <source>The magistrate&apos;s posting decides where their declarations go, by when, and when they are destroyed.</source>
        <translation>L&apos;affectation du magistrat décide à qui vont ses déclarations, dans quel délai, et quand elles sont détruites.</translation>
    </message>
    <message>
        <source>Requests to change a posting</source>
        <translation>Demandes de changement d&apos;affectation</translation>
    </message>
    <message>
        <source>Magistrate</source>
        <translation>Magistrat</translation>
    </message>
    <message>
        <source>Posting asked for</source>
        <translation>Affectation demandée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Granting makes the posting asked for the official one; the magistrate&apos;s next declarations follow it.</source>
        <translation>Accorder fait de l&apos;affectation demandée l&apos;affectation officielle&#xa0;; les prochaines déclarations du magistrat la suivent.</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Accorder</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>Official posting</source>
        <translation>Affectation officielle</translation>
    </message>
    <message>
        <source>The requests to change a posting cannot be read: %1</source>
        <translation>Les demandes de changement d&apos;affectation ne peuvent être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Requests to change a posting (%n awaiting a decision)</source>
        <translation>
            <numerusform>Demandes de changement d&apos;affectation (%n en attente de décision)</numerusform>
            <numerusform>Demandes de changement d&apos;affectation (%n en attente de décision)</numerusform>
        </translation>
    </message>
    <message>
        <source>The official posting of %1 is now: %2.</source>
        <translation>L&apos;affectation officielle de %1 est désormais&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The request was not granted: %1</source>
        <translation>La demande n&apos;a pas été accordée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <source>Why is the request of %1 rejected? They will read it.</source>
        <translation>Pourquoi la demande de %1 est-elle rejetée&#xa0;? Le magistrat lira ce motif.</translation>
    </message>
    <message>
        <source>The request was not rejected: %1</source>
        <translation>La demande n&apos;a pas été rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request of %1 was rejected; the posting stays as it was.</source>
        <translation>La demande de %1 a été rejetée&#xa0;; l&apos;affectation reste inchangée.</translation>
    </message>
    <message>
        <source>Reading the directory from the server</source>
        <translation>Lecture de l&apos;annuaire sur le serveur</translation>
    </message>
</context>
<context>
    <name>probitas::gui::AuditorWorkspace</name>
    <message>
        <source>filed</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>opening failed</source>
        <translation>échec d&apos;ouverture</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refus d&apos;accès</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>transmission</translation>
    </message>
    <message>
        <source>envelope exported</source>
        <translation>export d&apos;enveloppe</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>accusé de réception</translation>
    </message>
    <message>
        <source>procedure recorded</source>
        <translation>procédure enregistrée</translation>
    </message>
    <message>
        <source>destroyed (retention)</source>
        <translation>destruction (durée de conservation)</translation>
    </message>
    <message>
        <source>audit bundle exported</source>
        <translation>export du dossier de contrôle</translation>
    </message>
    <message>
        <source>ethics interview recorded</source>
        <translation>entretien déontologique enregistré</translation>
    </message>
    <message>
        <source>opinion of the collège requested</source>
        <translation>avis du collège sollicité</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit&lt;/b&gt; — the declarations&apos; metadata and the audit trail. An auditor never reads a declaration&apos;s content.</source>
        <translation>&lt;b&gt;Audit&lt;/b&gt; — les métadonnées des déclarations et la piste d&apos;audit. L&apos;auditeur ne lit jamais le contenu d&apos;une déclaration.</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Checks every link and every signature of the audit trail.</source>
        <translation>Vérifie chaque maillon et chaque signature de la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Export the audit &amp;bundle…</source>
        <translation>Exporter le dossier de &amp;contrôle…</translation>
    </message>
    <message>
        <source>A folder anyone can verify: metadata, envelope hashes, receipts, the audit trail and the certificates, signed by you. Never any content.</source>
        <translation>Un dossier que chacun peut vérifier&#xa0;: métadonnées, empreintes des enveloppes, accusés de réception, piste d&apos;audit et certificats, signé par vous. Jamais aucun contenu.</translation>
    </message>
    <message>
        <source>Export the &amp;statistics…</source>
        <translation>Exporter les &amp;statistiques…</translation>
    </message>
    <message>
        <source>Anonymised counts per jurisdiction and year, for the CSM&apos;s veille déontologique (CSV).</source>
        <translation>Effectifs anonymisés par juridiction et par année, pour la veille déontologique du CSM (CSV).</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Declarations</source>
        <translation>&amp;Déclarations</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit trail cannot be verified: %1</source>
        <translation>La piste d&apos;audit ne peut pas être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>La piste d&apos;audit est rompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit trail is whole: %1 entries, every signature verified. Head: %2</source>
        <translation>La piste d&apos;audit est intègre&#xa0;: %1 entrées, toutes les signatures vérifiées. Tête de chaîne&#xa0;: %2</translation>
    </message>
    <message>
        <source>The statistics were not exported: %1</source>
        <translation>Les statistiques n&apos;ont pas été exportées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Statistics exported: %n line(s). Figures about fewer than 3 magistrates are withheld (&quot;&lt;3&quot;).</source>
        <translation>
            <numerusform>Statistiques exportées&#xa0;: %n ligne. Les données concernant moins de 3 magistrats sont occultées («&#xa0;&lt;3&#xa0;»).</numerusform>
            <numerusform>Statistiques exportées&#xa0;: %n lignes. Les données concernant moins de 3 magistrats sont occultées («&#xa0;&lt;3&#xa0;»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Fait générateur</translation>
    </message>
    <message>
        <source>Filed to</source>
        <translation>Remise à</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Double-click a declaration to see its audit entries.</source>
        <translation>Double-cliquez sur une déclaration pour afficher ses entrées d&apos;audit.</translation>
    </message>
    <message>
        <source>A name, a declaration or its id, a word of the details…</source>
        <translation>Un nom, une déclaration ou son identifiant, un mot des détails…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Ac&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 entrées sur %2</translation>
    </message>
    <message>
        <source>Verifying every link and every signature of the audit trail…</source>
        <translation>Vérification de chaque maillon et de chaque signature de la piste d&apos;audit…</translation>
    </message>
    <message>
        <source>audit-bundle-%1</source>
        <translation>dossier-de-controle-%1</translation>
    </message>
    <message>
        <source>New folder for the audit bundle</source>
        <translation>Nouveau dossier pour le dossier de contrôle</translation>
    </message>
    <message>
        <source>Exporting the audit bundle…</source>
        <translation>Export du dossier de contrôle…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Audit bundle</source>
        <translation>Dossier de contrôle</translation>
    </message>
    <message>
        <source>Exporting the audit bundle into %1…</source>
        <translation>Export du dossier de contrôle dans %1…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The audit bundle was not exported: %1</source>
        <translation>Le dossier de contrôle n&apos;a pas été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit bundle exported into %1 (declarations: %2, envelopes: %3, receipts: %4, audit entries: %5), signed by you. Head: %6</source>
        <translation>Dossier de contrôle exporté dans %1 (déclarations&#xa0;: %2, enveloppes&#xa0;: %3, accusés de réception&#xa0;: %4, entrées d&apos;audit&#xa0;: %5), signé par vous. Tête de chaîne&#xa0;: %6</translation>
    </message>
    <message>
        <source>statistics-%1.csv</source>
        <translation>statistiques-%1.csv</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Computing the statistics…</source>
        <translation>Calcul des statistiques…</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>convened to the ethics interview</source>
        <translation>convocation à l&apos;entretien déontologique</translation>
    </message>
    <message>
        <source>ethics interview opened</source>
        <translation>consultation de la fiche navette</translation>
    </message>
    <message>
        <source>ethics interview acknowledged</source>
        <translation>accusé de réception de la fiche navette</translation>
    </message>
    <message>
        <source>invited to modify the declaration</source>
        <translation>invitation à modifier la déclaration</translation>
    </message>
    <message>
        <source>modified as invited</source>
        <translation>déclaration modifiée sur invitation</translation>
    </message>
    <message>
        <source>opinion of the collège given</source>
        <translation>avis du collège rendu</translation>
    </message>
    <message>
        <source>opinion of the collège opened</source>
        <translation>consultation de l&apos;avis du collège</translation>
    </message>
    <message>
        <source>added to the directory</source>
        <translation>ajout à l&apos;annuaire</translation>
    </message>
    <message>
        <source>procedure closed</source>
        <translation>procédure close</translation>
    </message>
    <message>
        <source>Loading the audit log</source>
        <translation>Chargement du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>%1 of %2 entries (loading…)</source>
        <translation>%1 entrées sur %2 (chargement…)</translation>
    </message>
    <message>
        <source>Audit log: %1 of %2 entries</source>
        <translation>Journal d&apos;audit&#xa0;: %1 entrées sur %2</translation>
    </message>
    <message>
        <source>store founded: trust anchors and administrator</source>
        <translation>registre fondé&#xa0;: ancres de confiance et administrateur</translation>
    </message>
    <message>
        <source>certificate renewed</source>
        <translation>certificat renouvelé</translation>
    </message>
    <message>
        <source>removed from the directory</source>
        <translation>retiré de l&apos;annuaire</translation>
    </message>
    <message>
        <source>posting recorded</source>
        <translation>affectation enregistrée</translation>
    </message>
    <message>
        <source>change of posting requested</source>
        <translation>changement d&apos;affectation demandé</translation>
    </message>
    <message>
        <source>change of posting refused</source>
        <translation>changement d&apos;affectation refusé</translation>
    </message>
    <message>
        <source>sealed again after a renewal</source>
        <translation>rescellée après un renouvellement</translation>
    </message>
    <message>
        <source>trail head vouched for</source>
        <translation>tête du journal attestée</translation>
    </message>
    <message>
        <source>exported as PDF</source>
        <translation>exportée en PDF</translation>
    </message>
    <message>
        <source>exported as HATVP XML</source>
        <translation>exportée au format XML de la HATVP</translation>
    </message>
    <message>
        <source>HATVP control: explanations requested</source>
        <translation>contrôle HATVP&#xa0;: explications demandées</translation>
    </message>
    <message>
        <source>HATVP control: declarant&apos;s answer</source>
        <translation>contrôle HATVP&#xa0;: réponse du déclarant</translation>
    </message>
    <message>
        <source>HATVP control: injonction</source>
        <translation>contrôle HATVP&#xa0;: injonction</translation>
    </message>
    <message>
        <source>HATVP control: tax returns requested</source>
        <translation>contrôle HATVP&#xa0;: déclarations fiscales demandées</translation>
    </message>
    <message>
        <source>HATVP control: concluded</source>
        <translation>contrôle HATVP&#xa0;: conclu</translation>
    </message>
    <message>
        <source>HATVP control opened</source>
        <translation>contrôle HATVP consulté</translation>
    </message>
</context>
<context>
    <name>probitas::gui::AuthorityWorkspace</name>
    <message>
        <source>&amp;Compliance</source>
        <translation>Sui&amp;vi des dépôts</translation>
    </message>
    <message>
        <source>&amp;My own declarations</source>
        <translation>&amp;Mes propres déclarations</translation>
    </message>
    <message>
        <source>Search a declarant…</source>
        <translation>Rechercher un déclarant…</translation>
    </message>
    <message>
        <source>All declarations</source>
        <translation>Toutes les déclarations</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous faits générateurs</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation>Réception à accuser</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Réception accusée</translation>
    </message>
    <message>
        <source>Forwarded to you</source>
        <translation>Transmises pour information</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacées</translation>
    </message>
    <message>
        <source>Filed at any time</source>
        <translation>Toutes dates de dépôt</translation>
    </message>
    <message>
        <source>Filed in the last 7 days</source>
        <translation>Déposées ces 7 derniers jours</translation>
    </message>
    <message>
        <source>Filed in the last 30 days</source>
        <translation>Déposées ces 30 derniers jours</translation>
    </message>
    <message>
        <source>Filed in the last 12 months</source>
        <translation>Déposées ces 12 derniers mois</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>&amp;Non lues uniquement</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Fait générateur</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Declarations received</source>
        <translation>Déclarations reçues</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>non lue</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>lue le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) received — not read yet: %1 — to acknowledge: %2.</source>
        <translation>
            <numerusform>%n déclaration reçue — non lues&#xa0;: %1 — réception à accuser&#xa0;: %2.</numerusform>
            <numerusform>%n déclarations reçues — non lues&#xa0;: %1 — réception à accuser&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n hidden by the filters)</source>
        <translation>
            <numerusform>(%n masquée par les filtres)</numerusform>
            <numerusform>(%n masquées par les filtres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a declaration first.</source>
        <translation>Sélectionnez d&apos;abord une déclaration.</translation>
    </message>
    <message>
        <source>Declarations recei&amp;ved</source>
        <translation>Déc&amp;larations reçues</translation>
    </message>
    <message>
        <source>Requests for an &amp;avis</source>
        <translation>Demandes d&apos;av&amp;is</translation>
    </message>
    <message>
        <source>Ethics interview</source>
        <translation>Entretien déontologique</translation>
    </message>
    <message>
        <source>The ethics interview that follows the filing of a declaration of interests (art. 7-2 I).</source>
        <translation>L&apos;entretien déontologique qui suit le dépôt d&apos;une déclaration d&apos;intérêts (art. 7-2 I).</translation>
    </message>
    <message>
        <source>The requests of the authorities for the collège&apos;s avis on a declaration of interests (art. 7-2 II). Open one to read the declaration, forwarded to the collège as a certified copy, and the question, and to give the avis.</source>
        <translation>Les demandes d&apos;avis des autorités au collège sur une déclaration d&apos;intérêts (art. 7-2 II). Ouvrez-en une pour lire la déclaration, transmise au collège en copie certifiée, et la question, puis pour rendre l&apos;avis.</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Requests for an avis</source>
        <translation>Demandes d&apos;avis</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Open the declaration and the question</source>
        <translation>&amp;Ouvrir la déclaration et la question</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) — awaiting the avis: %1.</source>
        <translation>
            <numerusform>%n demande — avis attendu&#xa0;: %1.</numerusform>
            <numerusform>%n demandes — avis attendu&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Choisissez d&apos;abord une demande.</translation>
    </message>
    <message>
        <source>not held yet</source>
        <translation>pas encore tenu</translation>
    </message>
    <message>
        <source>Reading the inbox from the server</source>
        <translation>Lecture des déclarations reçues sur le serveur</translation>
    </message>
    <message>
        <source>Reading the requests from the server</source>
        <translation>Lecture des demandes d&apos;avis sur le serveur</translation>
    </message>
    <message>
        <source>C&amp;ontrols of assets</source>
        <translation>Con&amp;trôles patrimoniaux</translation>
    </message>
</context>
<context>
    <name>probitas::gui::AvisRequestDialog</name>
    <message>
        <source>Ask the collège de déontologie&apos;s avis</source>
        <translation>Demander l&apos;avis du collège de déontologie</translation>
    </message>
    <message>
        <source>When there is a doubt about a possible conflict of interests, you may ask the avis of the collège de déontologie des magistrats de l&apos;ordre judiciaire on the declaration of %1 (art. 7-2 II). A certified copy of the declaration is forwarded to the collège with your question (décret n° 93-21, art. 11-3); the avis is sealed for you and the collège.</source>
        <translation>En cas de doute sur un éventuel conflit d&apos;intérêts, vous pouvez demander l&apos;avis du collège de déontologie des magistrats de l&apos;ordre judiciaire sur la déclaration de %1 (art. 7-2 II). Une copie certifiée de la déclaration est transmise au collège avec votre question (décret n° 93-21, art. 11-3)&#xa0;; l&apos;avis est scellé pour vous et pour le collège.</translation>
    </message>
    <message>
        <source>Your &amp;question to the collège:</source>
        <translation>Votre &amp;question au collège&#xa0;:</translation>
    </message>
    <message>
        <source>Question to the collège</source>
        <translation>Question au collège</translation>
    </message>
    <message>
        <source>&amp;Send to the collège</source>
        <translation>&amp;Envoyer au collège</translation>
    </message>
    <message>
        <source>Write the question the collège is to answer.</source>
        <translation>Écrivez la question à laquelle le collège doit répondre.</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La question</translation>
    </message>
</context>
<context>
    <name>probitas::gui::CollegeAvisDialog</name>
    <message>
        <source>Avis of the collège de déontologie — %1</source>
        <translation>Avis du collège de déontologie — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question on the declaration of interests of %1&lt;/b&gt; (art. 7-2 II), asked by: %2.</source>
        <translation>&lt;b&gt;Question sur la déclaration d&apos;intérêts de %1&lt;/b&gt; (art. 7-2 II), posée par&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&amp;Date of the avis:</source>
        <translation>&amp;Date de l&apos;avis&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;avis:</source>
        <translation>L&apos;&amp;avis&#xa0;:</translation>
    </message>
    <message>
        <source>The avis</source>
        <translation>L&apos;avis</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Once given, the avis is signed with the collège&apos;s identity and sealed for the collège and the authority that asked it; it cannot be changed.</source>
        <translation>Une fois rendu, l&apos;avis est signé avec l&apos;identité du collège et scellé pour le collège et pour l&apos;autorité qui l&apos;a demandé&#xa0;; il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>&amp;Give the avis</source>
        <translation>&amp;Rendre l&apos;avis</translation>
    </message>
    <message>
        <source>Write the avis.</source>
        <translation>Rédigez l&apos;avis.</translation>
    </message>
</context>
<context>
    <name>probitas::gui::ComplianceDashboard</name>
    <message>
        <source>not yet due</source>
        <translation>pas encore échue</translation>
    </message>
    <message>
        <source>not filed, late</source>
        <translation>non déposée, en retard</translation>
    </message>
    <message>
        <source>filed on time</source>
        <translation>déposée dans les délais</translation>
    </message>
    <message>
        <source>filed late</source>
        <translation>déposée en retard</translation>
    </message>
    <message>
        <source>DI</source>
        <translation>DI</translation>
    </message>
    <message>
        <source>DSP</source>
        <translation>DSP</translation>
    </message>
    <message>
        <source>&amp;Import a roster (CSV)…</source>
        <translation>&amp;Importer une liste de magistrats (CSV)…</translation>
    </message>
    <message>
        <source>A list of the magistrates of the jurisdiction: the columns are described in the documentation (docs/compliance.md).</source>
        <translation>La liste des magistrats de la juridiction&#xa0;: les colonnes sont décrites dans la documentation (docs/compliance.md).</translation>
    </message>
    <message>
        <source>Use the &amp;directory</source>
        <translation>&amp;Utiliser l&apos;annuaire</translation>
    </message>
    <message>
        <source>Lines of the roster that were refused</source>
        <translation>Lignes de la liste refusées</translation>
    </message>
    <message>
        <source>Search a magistrate or a court…</source>
        <translation>Rechercher un magistrat ou une juridiction…</translation>
    </message>
    <message>
        <source>All declarations</source>
        <translation>Toutes les déclarations</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Toutes les situations</translation>
    </message>
    <message>
        <source>Late (filed late or not filed)</source>
        <translation>En retard (déposées en retard ou non déposées)</translation>
    </message>
    <message>
        <source>Not filed, late</source>
        <translation>Non déposées, en retard</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>Non déposées</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Déposées</translation>
    </message>
    <message>
        <source>Filed on time</source>
        <translation>Déposées dans les délais</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore échues</translation>
    </message>
    <message>
        <source>Magistrate</source>
        <translation>Magistrat</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Fait générateur</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Entretien</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Declarations owed to this authority</source>
        <translation>Déclarations dues à cette autorité</translation>
    </message>
    <message>
        <source>Exports the rows shown, in the order shown.</source>
        <translation>Exporte les lignes affichées, dans l&apos;ordre affiché.</translation>
    </message>
    <message>
        <source>Exports the rows shown, the counts and the chart.</source>
        <translation>Exporte les lignes affichées, les effectifs et le graphique.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n line(s) refused, listed above. Nothing was changed.</source>
        <translation>
            <numerusform>%1 n&apos;a pas été importé&#xa0;: %n ligne refusée, indiquée ci-dessus. Rien n&apos;a été modifié.</numerusform>
            <numerusform>%1 n&apos;a pas été importé&#xa0;: %n lignes refusées, indiquées ci-dessus. Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n magistrate(s) imported from %1.</source>
        <translation>
            <numerusform>%n magistrat importé de %1.</numerusform>
            <numerusform>%n magistrats importés de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n magistrate(s)&lt;/b&gt; owe you declarations, according to the store&apos;s directory.</source>
        <translation>
            <numerusform>&lt;b&gt;%n magistrat&lt;/b&gt; vous doit des déclarations, d&apos;après l&apos;annuaire du registre.</numerusform>
            <numerusform>&lt;b&gt;%n magistrats&lt;/b&gt; vous doivent des déclarations, d&apos;après l&apos;annuaire du registre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n magistrate(s)&lt;/b&gt; from the roster %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n magistrat&lt;/b&gt; de la liste %1.</numerusform>
            <numerusform>&lt;b&gt;%n magistrats&lt;/b&gt; de la liste %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is not in the store&apos;s directory: nothing filed can be matched to them.</source>
        <translation>
            <numerusform>%n d&apos;entre eux ne figure pas dans l&apos;annuaire du registre&#xa0;: aucun dépôt ne peut lui être rattaché.</numerusform>
            <numerusform>%n d&apos;entre eux ne figurent pas dans l&apos;annuaire du registre&#xa0;: aucun dépôt ne peut leur être rattaché.</numerusform>
        </translation>
    </message>
    <message>
        <source>Situation on %1.</source>
        <translation>Situation au %1.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Non pris en compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>No declaration is owed to this authority.</source>
        <translation>Aucune déclaration n&apos;est due à cette autorité.</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) shown: %1 filed, of which %2 on time; %3 late.</source>
        <translation>
            <numerusform>%n déclaration affichée&#xa0;: %1 déposée, dont %2 dans les délais&#xa0;; %3 en retard.</numerusform>
            <numerusform>%n déclarations affichées&#xa0;: %1 déposées, dont %2 dans les délais&#xa0;; %3 en retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n hidden by the filter)</source>
        <translation>
            <numerusform>(%n masquée par le filtre)</numerusform>
            <numerusform>(%n masquées par le filtre)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: declarations owed</source>
        <translation>%1&#xa0;: suivi des déclarations dues</translation>
    </message>
    <message>
        <source>the store&apos;s directory</source>
        <translation>l&apos;annuaire du registre</translation>
    </message>
    <message>
        <source>the roster %1</source>
        <translation>la liste %1</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importer une liste de magistrats</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported: %1.</source>
        <translation>Exporté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export as C&amp;SV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>The ethics interview that follows the filing of the declaration of interests (art. 7-2 I): scheduled, held, its fiche acknowledged.</source>
        <translation>L&apos;entretien déontologique qui suit le dépôt de la déclaration d&apos;intérêts (art. 7-2 I)&#xa0;: convoqué, tenu, réception de la fiche accusée.</translation>
    </message>
    <message>
        <source>not held yet</source>
        <translation>pas encore tenu</translation>
    </message>
    <message>
        <source>Reading the filings from the server</source>
        <translation>Lecture des dépôts sur le serveur</translation>
    </message>
    <message>
        <source>Reminder letters written</source>
        <translation>Lettres de relance écrites</translation>
    </message>
    <message>
        <source>%v / %m letters</source>
        <translation>%v / %m lettres</translation>
    </message>
    <message>
        <source>R&amp;eminder letters…</source>
        <translation>Lettr&amp;es de relance…</translation>
    </message>
    <message>
        <source>Writes a letter to each magistrate shown whose declaration is overdue, with its legal basis and deadline, and records each reminder in the audit trail.</source>
        <translation>Écrit une lettre à chaque magistrat affiché dont une déclaration est en retard, avec son fondement juridique et son délai, et inscrit chaque relance dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>No magistrate shown has an overdue declaration.</source>
        <translation>Aucun magistrat affiché n&apos;a de déclaration en retard.</translation>
    </message>
    <message>
        <source>Folder for the reminder letters</source>
        <translation>Dossier des lettres de relance</translation>
    </message>
    <message>
        <source>No magistrate shown has an overdue declaration: no letter to write.</source>
        <translation>Aucun magistrat affiché n&apos;a de déclaration en retard&#xa0;: aucune lettre à écrire.</translation>
    </message>
    <message>
        <source>Cannot write the reminder letters in %1: it is not a folder you may write in. No reminder was recorded.</source>
        <translation>Impossible d&apos;écrire les lettres de relance dans %1&#xa0;: ce n&apos;est pas un dossier où vous pouvez écrire. Aucune relance n&apos;a été inscrite.</translation>
    </message>
    <message>
        <source>Writing the reminder letters: %1 of %2…</source>
        <translation>Écriture des lettres de relance&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <source>The letter to %1 could not be made: %2. No reminder to them was recorded.</source>
        <translation>La lettre à %1 n&apos;a pas pu être faite&#xa0;: %2. Aucune relance ne lui a été inscrite.</translation>
    </message>
    <message>
        <source>The reminder to %1 was not recorded: %2. No letter to them was written.</source>
        <translation>La relance à %1 n&apos;a pas été inscrite&#xa0;: %2. Aucune lettre ne lui a été écrite.</translation>
    </message>
    <message>
        <source>The reminder to %1 is recorded in the audit trail, but its letter could not be written: %2</source>
        <translation>La relance à %1 est inscrite dans la piste d&apos;audit, mais sa lettre n&apos;a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder letter(s) written in %1, each recorded in the audit trail.</source>
        <translation>
            <numerusform>%n lettre de relance écrite dans %1, inscrite dans la piste d&apos;audit.</numerusform>
            <numerusform>%n lettres de relance écrites dans %1, chacune inscrite dans la piste d&apos;audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written before, in %1.</source>
        <translation>
            <numerusform>%n lettre écrite auparavant, dans %1.</numerusform>
            <numerusform>%n lettres écrites auparavant, dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>probitas::gui::ControlActDialog</name>
    <message>
        <source>art. 3-2 of ordonnance n° 58-1067</source>
        <translation>art. 3-2 de l&apos;ordonnance n° 58-1067</translation>
    </message>
    <message>
        <source>art. 7-3 of ordonnance n° 58-1270</source>
        <translation>art. 7-3 de l&apos;ordonnance n° 58-1270</translation>
    </message>
    <message>
        <source>The Haute Autorité may ask the declarant for any explanation needed to appreciate the declaration (%1, IV).</source>
        <translation>La Haute Autorité peut demander au déclarant toute explication nécessaire à l&apos;appréciation de la déclaration (%1, IV).</translation>
    </message>
    <message>
        <source>When the declaration is incomplete, or a request for explanations went unanswered, the Haute Autorité enjoins the declarant to complete it or to answer within one month (%1, IV).</source>
        <translation>En cas de déclaration incomplète, ou lorsqu&apos;une demande d&apos;explications est restée sans suite, la Haute Autorité enjoint au déclarant de la compléter ou de lui transmettre ses explications dans le délai d&apos;un mois (%1, IV).</translation>
    </message>
    <message>
        <source>The Haute Autorité may ask for the declarant&apos;s tax returns, and those of the spouse, partner or concubin (%1, V).</source>
        <translation>La Haute Autorité peut demander les déclarations fiscales du déclarant, et celles de son conjoint, partenaire ou concubin (%1, V).</translation>
    </message>
    <message>
        <source>The appreciation of the variation of the assets ends the control; the declarant is informed (%1, VI). It cannot be changed once signed.</source>
        <translation>L&apos;appréciation de la variation de la situation patrimoniale clôt le contrôle&#xa0;; le déclarant en est informé (%1, VI). Elle ne peut plus être modifiée une fois signée.</translation>
    </message>
    <message>
        <source>Your answer is signed with your identity and sealed for the Haute Autorité and you alone. It cannot be changed once sent.</source>
        <translation>Votre réponse est signée avec votre identité et scellée pour la Haute Autorité et vous seuls. Elle ne peut plus être modifiée une fois envoyée.</translation>
    </message>
    <message>
        <source>The declaration is incomplete</source>
        <translation>La déclaration est incomplète</translation>
    </message>
    <message>
        <source>A request for explanations went unanswered</source>
        <translation>Une demande d&apos;explications est restée sans suite</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>Also those of the spouse, partner or concubin</source>
        <translation>Ainsi que celles du conjoint, partenaire ou concubin</translation>
    </message>
    <message>
        <source>Your &amp;answer:</source>
        <translation>Votre &amp;réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text of the act:</source>
        <translation>&amp;Texte de l&apos;acte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign and send</source>
        <translation>&amp;Signer et envoyer</translation>
    </message>
</context>
<context>
    <name>probitas::gui::ControlWorkspace</name>
    <message>
        <source>&lt;b&gt;Control of your declarations of assets by the HATVP&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contrôle de vos déclarations de situation patrimoniale par la HATVP&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Read the re&amp;quest and answer…</source>
        <translation>Lire et ré&amp;pondre…</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Declaration received</source>
        <translation>Déclaration reçue</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où en est-il</translation>
    </message>
    <message>
        <source>Declarations of assets received and their control</source>
        <translation>Déclarations de situation patrimoniale reçues et leur contrôle</translation>
    </message>
    <message>
        <source>Controls of your declarations of assets</source>
        <translation>Contrôles de vos déclarations de situation patrimoniale</translation>
    </message>
    <message>
        <source>Reading the controls</source>
        <translation>Lecture des contrôles</translation>
    </message>
    <message>
        <source>The acts of the control</source>
        <translation>Les actes du contrôle</translation>
    </message>
    <message>
        <source>The act selected</source>
        <translation>L&apos;acte sélectionné</translation>
    </message>
    <message>
        <source>Select a declaration: its control&apos;s acts show here.</source>
        <translation>Sélectionnez une déclaration&#xa0;: les actes de son contrôle s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Select a control: the HATVP&apos;s acts and your answers show here.</source>
        <translation>Sélectionnez un contrôle&#xa0;: les actes de la HATVP et vos réponses s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>As&amp;k for explanations…</source>
        <translation>Demander des expli&amp;cations…</translation>
    </message>
    <message>
        <source>Ask the declarant for any explanation needed to appreciate the declaration (art. 7-3 IV). The first act opens the control.</source>
        <translation>Demander au déclarant toute explication nécessaire à l&apos;appréciation de la déclaration (art. 7-3 IV). Le premier acte ouvre le contrôle.</translation>
    </message>
    <message>
        <source>&amp;Enjoin…</source>
        <translation>E&amp;njoindre…</translation>
    </message>
    <message>
        <source>Enjoin the declarant to complete the declaration or to answer, within one month (art. 7-3 IV).</source>
        <translation>Enjoindre au déclarant de compléter sa déclaration ou de répondre, dans le délai d&apos;un mois (art. 7-3 IV).</translation>
    </message>
    <message>
        <source>Ask for the &amp;tax returns…</source>
        <translation>Demander les déclarations fi&amp;scales…</translation>
    </message>
    <message>
        <source>Ask for the declarant&apos;s tax returns (art. 7-3 V).</source>
        <translation>Demander les déclarations fiscales du déclarant (art. 7-3 V).</translation>
    </message>
    <message>
        <source>Concl&amp;ude…</source>
        <translation>Concl&amp;ure…</translation>
    </message>
    <message>
        <source>Record the appreciation of the variation of the assets (art. 7-3 VI).</source>
        <translation>Enregistrer l&apos;appréciation de la variation de la situation patrimoniale (art. 7-3 VI).</translation>
    </message>
    <message>
        <source>Ans&amp;wer…</source>
        <translation>Répo&amp;ndre…</translation>
    </message>
    <message>
        <source>Answer the request or the injonction selected: your answer is signed and sealed for the HATVP and you.</source>
        <translation>Répondre à la demande ou à l&apos;injonction sélectionnée&#xa0;: votre réponse est signée et scellée pour la HATVP et vous.</translation>
    </message>
    <message>
        <source>E&amp;xport the act as PDF…</source>
        <translation>E&amp;xporter l&apos;acte en PDF…</translation>
    </message>
    <message>
        <source>The act selected, with its answer, as a PDF document. The export is recorded in the audit trail.</source>
        <translation>L&apos;acte sélectionné, avec sa réponse, en document PDF. L&apos;export est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The control could not be opened: %1</source>
        <translation>Le contrôle n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The act was not recorded: %1</source>
        <translation>L&apos;acte n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Act signed, sealed for the declarant and the Haute Autorité, and recorded.</source>
        <translation>Acte signé, scellé pour le déclarant et la Haute Autorité, et enregistré.</translation>
    </message>
    <message>
        <source>Answer signed, sealed for the Haute Autorité and you, and recorded.</source>
        <translation>Réponse signée, scellée pour la Haute Autorité et vous, et enregistrée.</translation>
    </message>
    <message>
        <source>The controls could not be read: %1</source>
        <translation>Les contrôles n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not controlled</source>
        <translation>non contrôlée</translation>
    </message>
    <message>
        <source>an injonction of %1, to be answered by %2</source>
        <translation>une injonction du %1, à laquelle répondre avant le %2</translation>
    </message>
    <message>
        <source>a request for explanations of %1</source>
        <translation>une demande d&apos;explications du %1</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s) in progress</source>
        <translation>
            <numerusform>%n contrôle en cours</numerusform>
            <numerusform>%n contrôles en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past its deadline</source>
        <translation>
            <numerusform>%n en retard sur son échéance</numerusform>
            <numerusform>%n en retard sur leur échéance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) of assets received not controlled</source>
        <translation>
            <numerusform>%n déclaration de situation patrimoniale reçue non contrôlée</numerusform>
            <numerusform>%n déclarations de situation patrimoniale reçues non contrôlées</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> — answer due by %1</source>
        <translation> — réponse attendue avant le %1</translation>
    </message>
    <message>
        <source> — answer awaited</source>
        <translation> — réponse attendue</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Signée par %1 le %2.</translation>
    </message>
    <message>
        <source>Signing and sealing the act…</source>
        <translation>Signature et scellement de l&apos;acte…</translation>
    </message>
    <message>
        <source>Signing and sealing your answer…</source>
        <translation>Signature et scellement de votre réponse…</translation>
    </message>
    <message>
        <source>Export the act as PDF</source>
        <translation>Exporter l&apos;acte en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Le PDF n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Act exported to %1. The export is recorded in the audit trail.</source>
        <translation>Acte exporté vers %1. L&apos;export est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>&lt;p&gt;No control of this declaration yet.&lt;/p&gt;&lt;p&gt;Ask for explanations, enjoin, ask for the tax returns or conclude: the first act opens the control, and its six months run from the declaration&apos;s receipt, until %1 (%2, VI).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun contrôle de cette déclaration pour l&apos;instant.&lt;/p&gt;&lt;p&gt;Demander des explications, enjoindre, demander les déclarations fiscales ou conclure&#xa0;: le premier acte ouvre le contrôle, et son délai de six mois court depuis la réception de la déclaration, jusqu&apos;au %1 (%2, VI).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>art. 3-2 of ordonnance n° 58-1067</source>
        <translation>art. 3-2 de l&apos;ordonnance n° 58-1067</translation>
    </message>
    <message>
        <source>art. 7-3 of ordonnance n° 58-1270</source>
        <translation>art. 7-3 de l&apos;ordonnance n° 58-1270</translation>
    </message>
    <message>
        <source>%1 — Answer to: %2 of %3</source>
        <translation>%1 — Réponse à&#xa0;: %2 du %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Haute Autorité awaits your answer&lt;/b&gt; to %1. Without an answer, it may enjoin you, and then send the file to the parquet (%2, IV and VI).</source>
        <translation>&lt;b&gt;La Haute Autorité attend votre réponse&lt;/b&gt; à %1. Sans réponse, elle peut vous adresser une injonction, puis transmettre le dossier au parquet (%2, IV et VI).</translation>
    </message>
</context>
<context>
    <name>probitas::gui::CreateRegisterWizard</name>
    <message>
        <source>Create the organisation&apos;s register</source>
        <translation>Créer le registre de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Create the register</source>
        <translation>&amp;Créer le registre</translation>
    </message>
    <message>
        <source>Probitas will make the CA %1 in %2, your identity, then the register, whose first statement you sign.</source>
        <translation>Probitas va créer l&apos;autorité «&#xa0;%1&#xa0;» dans %2, votre identité, puis le registre, dont vous signez le premier acte.</translation>
    </message>
    <message>
        <source>Probitas will trust the CA of %1, then make the register, whose first statement you sign.</source>
        <translation>Probitas va faire confiance à l&apos;autorité de %1, puis créer le registre, dont vous signez le premier acte.</translation>
    </message>
    <message>
        <source>The organisation&apos;s certification authority</source>
        <translation>L&apos;autorité de certification de l&apos;organisation</translation>
    </message>
    <message>
        <source>It issues each person&apos;s identity, and the register trusts only the identities it issued. Keep its file and passphrase apart, as you would the court&apos;s seal.</source>
        <translation>Elle délivre l&apos;identité de chaque personne, et le registre ne reconnaît que les identités qu&apos;elle a délivrées. Gardez son fichier et sa phrase de passe à part, comme le sceau de la juridiction.</translation>
    </message>
    <message>
        <source>Create a &amp;new authority</source>
        <translation>Créer une &amp;nouvelle autorité</translation>
    </message>
    <message>
        <source>Cour d&apos;appel de Versailles</source>
        <translation>Cour d&apos;appel de Versailles</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Authority&apos;s &amp;name:</source>
        <translation>Nom de l&apos;&amp;autorité&#xa0;:</translation>
    </message>
    <message>
        <source>Choose where to save the authority</source>
        <translation>Choisir où enregistrer l&apos;autorité</translation>
    </message>
    <message>
        <source>Saved &amp;in:</source>
        <translation>Enregistrée &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>Phrase de passe (&amp;confirmation)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use the organisation&apos;s existing authority</source>
        <translation>&amp;Utiliser l&apos;autorité existante de l&apos;organisation</translation>
    </message>
    <message>
        <source>Its PKCS#12 file with its key (.p12), to issue your identity here; or only its certificates (.pem), when its key is kept elsewhere and your identity was issued already.</source>
        <translation>Son fichier PKCS#12 avec sa clé (.p12), pour délivrer ici votre identité&#xa0;; ou seulement ses certificats (.pem), quand sa clé est gardée ailleurs et que votre identité a déjà été délivrée.</translation>
    </message>
    <message>
        <source>Choose the authority&apos;s file</source>
        <translation>Choisir le fichier de l&apos;autorité</translation>
    </message>
    <message>
        <source>Authority&apos;s &amp;file:</source>
        <translation>&amp;Fichier de l&apos;autorité&#xa0;:</translation>
    </message>
    <message>
        <source>Its pass&amp;phrase:</source>
        <translation>Sa ph&amp;rase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Certification authority — %1</source>
        <translation>Autorité de certification — %1</translation>
    </message>
    <message>
        <source>Save the authority as</source>
        <translation>Enregistrer l&apos;autorité sous</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12)</source>
        <translation>PKCS#12 (*.p12)</translation>
    </message>
    <message>
        <source>The organisation&apos;s authority</source>
        <translation>L&apos;autorité de l&apos;organisation</translation>
    </message>
    <message>
        <source>Authority (*.p12 *.pfx *.pem *.crt);;All files (*)</source>
        <translation>Autorité (*.p12 *.pfx *.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>You, its administrator</source>
        <translation>Vous, son administrateur</translation>
    </message>
    <message>
        <source>The register&apos;s first person. You add the others, their roles and their postings, and sign each change; you never read a declaration.</source>
        <translation>La première personne du registre. Vous y ajoutez les autres, leurs rôles et leurs affectations, et signez chaque changement&#xa0;; vous ne lisez jamais une déclaration.</translation>
    </message>
    <message>
        <source>Firstname LASTNAME</source>
        <translation>Prénom NOM</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Issue me an identity from this authority</source>
        <translation>Me délivrer une &amp;identité par cette autorité</translation>
    </message>
    <message>
        <source>Choose where to save your identity</source>
        <translation>Choisir où enregistrer votre identité</translation>
    </message>
    <message>
        <source>I &amp;hold my identity file already</source>
        <translation>&amp;Je détiens déjà mon fichier d&apos;identité</translation>
    </message>
    <message>
        <source>Choose your identity file</source>
        <translation>Choisir votre fichier d&apos;identité</translation>
    </message>
    <message>
        <source>Identity &amp;file:</source>
        <translation>&amp;Fichier d&apos;identité&#xa0;:</translation>
    </message>
    <message>
        <source>Save your identity as</source>
        <translation>Enregistrer votre identité sous</translation>
    </message>
    <message>
        <source>Your identity file</source>
        <translation>Votre fichier d&apos;identité</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>Le registre</translation>
    </message>
    <message>
        <source>A file on this computer or on a shared folder. A server&apos;s register is made by whoever administers the server (see the guide to installing Probitas).</source>
        <translation>Un fichier sur cet ordinateur ou dans un dossier partagé. Le registre d&apos;un serveur est créé par qui administre ce serveur (voir le guide d&apos;installation de Probitas).</translation>
    </message>
    <message>
        <source>Choose where to make the register</source>
        <translation>Choisir où créer le registre</translation>
    </message>
    <message>
        <source>Register &amp;file:</source>
        <translation>&amp;Fichier du registre&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;law it follows:</source>
        <translation>La &amp;loi qu&apos;il suit&#xa0;:</translation>
    </message>
    <message>
        <source>The regime decides who owes which declaration and for whom it is sealed. You sign it in the register&apos;s first statement; changing it later takes another signed statement.</source>
        <translation>Le régime décide qui doit quelle déclaration et pour qui elle est scellée. Vous le signez dans le premier acte du registre&#xa0;; le changer ensuite demande un autre acte signé.</translation>
    </message>
    <message>
        <source>Creating the register</source>
        <translation>Création du registre</translation>
    </message>
    <message>
        <source>Make the register in</source>
        <translation>Créer le registre dans</translation>
    </message>
    <message>
        <source>Probitas register (*.sqlite)</source>
        <translation>Registre Probitas (*.sqlite)</translation>
    </message>
    <message>
        <source>The passphrase of %1 needs at least %2 characters.</source>
        <translation>La phrase de passe de %1 doit compter au moins %2 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases of %1 differ.</source>
        <translation>Les deux phrases de passe de %1 diffèrent.</translation>
    </message>
    <message>
        <source>Say where to save %1.</source>
        <translation>Indiquez où enregistrer %1.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file for %2, Probitas never overwrites one.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre fichier pour %2, Probitas n&apos;en écrase jamais.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Choisissez %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Name the organisation.</source>
        <translation>Nommez l&apos;organisation.</translation>
    </message>
    <message>
        <source>Name the authority.</source>
        <translation>Nommez l&apos;autorité.</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>l&apos;autorité</translation>
    </message>
    <message>
        <source>the authority&apos;s file</source>
        <translation>le fichier de l&apos;autorité</translation>
    </message>
    <message>
        <source>Type the authority&apos;s passphrase.</source>
        <translation>Saisissez la phrase de passe de l&apos;autorité.</translation>
    </message>
    <message>
        <source>Type your name, as the register will name you.</source>
        <translation>Saisissez votre nom, tel que le registre vous nommera.</translation>
    </message>
    <message>
        <source>your identity</source>
        <translation>votre identité</translation>
    </message>
    <message>
        <source>Your identity and the authority need two different files.</source>
        <translation>Votre identité et l&apos;autorité demandent deux fichiers différents.</translation>
    </message>
    <message>
        <source>your identity file</source>
        <translation>votre fichier d&apos;identité</translation>
    </message>
    <message>
        <source>Type your identity&apos;s passphrase.</source>
        <translation>Saisissez la phrase de passe de votre identité.</translation>
    </message>
    <message>
        <source>the register</source>
        <translation>le registre</translation>
    </message>
    <message>
        <source>The register was not created, and nothing was left behind. %1</source>
        <translation>Le registre n&apos;a pas été créé, et aucun fichier n&apos;en reste. %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>probitas::gui::DeclarantWorkspace</name>
    <message>
        <source>My &amp;obligations</source>
        <translation>Mes &amp;obligations</translation>
    </message>
    <message>
        <source>My &amp;declarations</source>
        <translation>Mes &amp;déclarations</translation>
    </message>
    <message>
        <source>&amp;New declaration</source>
        <translation>No&amp;uvelle déclaration</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Fait générateur</translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>My filed declarations</source>
        <translation>Mes déclarations déposées</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>A draft from your last session is waiting.</source>
        <translation>Un brouillon de votre dernière session vous attend.</translation>
    </message>
    <message>
        <source>&amp;Resume the draft</source>
        <translation>&amp;Reprendre le brouillon</translation>
    </message>
    <message>
        <source>%1 (%2), due %3</source>
        <translation>%1 (%2), échéance le %3</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) filed.</source>
        <translation>
            <numerusform>%n déclaration déposée.</numerusform>
            <numerusform>%n déclarations déposées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — filed %2</source>
        <translation>%1 — déposée le %2</translation>
    </message>
    <message>
        <source>Select a declaration first.</source>
        <translation>Sélectionnez d&apos;abord une déclaration.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportée vers %1.</translation>
    </message>
    <message>
        <source>No form is in force for this declaration.</source>
        <translation>Aucun formulaire n&apos;est en vigueur pour cette déclaration.</translation>
    </message>
    <message>
        <source>Unknown form %1.</source>
        <translation>Formulaire inconnu %1.</translation>
    </message>
    <message>
        <source>Your work is saved as a draft, sealed to you, as you type.</source>
        <translation>Votre saisie est enregistrée au fur et à mesure dans un brouillon scellé pour vous seul.</translation>
    </message>
    <message>
        <source>The declaration was not filed: %1</source>
        <translation>La déclaration n&apos;a pas été déposée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filed: declaration %1, status %2, for %3.</source>
        <translation>Dépôt effectué&#xa0;: déclaration %1 (%2), destinataires&#xa0;: %3.</translation>
    </message>
    <message>
        <source>filed, awaiting acknowledgement</source>
        <translation>déposée, en attente d’accusé de réception</translation>
    </message>
    <message>
        <source>receipt held</source>
        <translation>accusé de réception reçu</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>détruite</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ethics interview</source>
        <translation>Entretien déontologique</translation>
    </message>
    <message>
        <source>Save the draft no&amp;w</source>
        <translation>Enre&amp;gistrer le brouillon maintenant</translation>
    </message>
    <message>
        <source>Declaration d&amp;ue:</source>
        <translation>Déclaration du&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Declaration due</source>
        <translation>Déclaration due</translation>
    </message>
    <message>
        <source>Start from my &amp;last filed declaration of this kind</source>
        <translation>Prendre pour &amp;base ma dernière déclaration de ce type</translation>
    </message>
    <message>
        <source>A complementary declaration, or the one due at a new posting, starts from what you last filed; the summary shows what you changed.</source>
        <translation>Une déclaration complémentaire, ou celle qui est due lors d&apos;une nouvelle affectation, reprend votre dernière déclaration déposée&#xa0;; le récapitulatif indique ce que vous avez modifié.</translation>
    </message>
    <message>
        <source>Signing, sealing and filing</source>
        <translation>Signature, scellement et dépôt</translation>
    </message>
    <message>
        <source>Your situation owes no declaration at present.</source>
        <translation>Aucune déclaration n&apos;est due en l&apos;état de votre situation.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>superseded by version %1 of %2, receipt held</source>
        <translation>remplacée par la version %1 du %2, accusé de réception reçu</translation>
    </message>
    <message>
        <source>superseded by version %1 of %2</source>
        <translation>remplacée par la version %1 du %2</translation>
    </message>
    <message>
        <source>Start a new declaration</source>
        <translation>Commencer une nouvelle déclaration</translation>
    </message>
    <message>
        <source>A draft from your last session is waiting. A new declaration replaces it as soon as you type. Start a new declaration?</source>
        <translation>Un brouillon de votre dernière session vous attend. Une nouvelle déclaration le remplacera dès votre première saisie. Commencer une nouvelle déclaration&#xa0;?</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Commencer une nouvelle déclaration</translation>
    </message>
    <message>
        <source>The declaration you are filling will be replaced by a new one. Start a new declaration?</source>
        <translation>La déclaration en cours de saisie sera remplacée par une nouvelle déclaration. Commencer une nouvelle déclaration&#xa0;?</translation>
    </message>
    <message>
        <source>The form has changed since your last declaration: only your identity is carried over.</source>
        <translation>Le formulaire a changé depuis votre dernière déclaration&#xa0;: seule votre identité est reprise.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard the draft from your last session? What it holds cannot be recovered.</source>
        <translation>Supprimer le brouillon de votre dernière session&#xa0;? Son contenu ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>The draft was not discarded: %1</source>
        <translation>Le brouillon n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Le brouillon a été supprimé.</translation>
    </message>
    <message>
        <source>Signing, sealing and filing your declaration…</source>
        <translation>Signature, scellement et dépôt de votre déclaration…</translation>
    </message>
    <message>
        <source>Your work is saved as a draft, sealed to you, as you type. Last saved at %1.</source>
        <translation>Votre saisie est enregistrée au fur et à mesure dans un brouillon scellé pour vous seul. Dernier enregistrement à %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your draft could not be saved&lt;/b&gt; (%1). What you typed is still on screen; Probitas tries again in %2 seconds. Do not close Probitas until the draft is saved.</source>
        <translation>&lt;b&gt;Votre brouillon n&apos;a pas pu être enregistré&lt;/b&gt; (%1). Votre saisie reste affichée&#xa0;; Probitas réessaiera dans %2 secondes. Ne fermez pas Probitas avant que le brouillon soit enregistré.</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ouv&amp;rir</translation>
    </message>
    <message>
        <source>D&amp;iscard the draft…</source>
        <translation>&amp;Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Read the fiche and acknowledge it…</source>
        <translation>&amp;Lire la fiche et en accuser réception…</translation>
    </message>
    <message>
        <source>&amp;Modify my declaration…</source>
        <translation>Modifier ma décla&amp;ration…</translation>
    </message>
    <message>
        <source>Ethics &amp;interview…</source>
        <translation>Entretien &amp;déontologique…</translation>
    </message>
    <message>
        <source>The convocation and the fiche navette of the ethics interview about the selected declaration.</source>
        <translation>La convocation et la fiche navette de l&apos;entretien déontologique sur la déclaration choisie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The fiche navette of your ethics interview awaits your acknowledgement.&lt;/b&gt; Recorded on %1 by: %2.</source>
        <translation>&lt;b&gt;La fiche navette de votre entretien déontologique attend votre accusé de réception.&lt;/b&gt; Enregistrée le %1 par&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invitation to modify your declaration of interests.&lt;/b&gt; After your ethics interview of %1, the authority (%2) invites you to modify your declaration filed on %3 (art. 7-2 I). The modification starts from that declaration and replaces it once filed.</source>
        <translation>&lt;b&gt;Invitation à modifier votre déclaration d&apos;intérêts.&lt;/b&gt; À l&apos;issue de votre entretien déontologique du %1, l&apos;autorité (%2) vous invite à modifier votre déclaration déposée le %3 (art. 7-2 I). La modification part de cette déclaration et la remplace une fois déposée.</translation>
    </message>
    <message>
        <source>No ethics interview about this declaration.</source>
        <translation>Aucun entretien déontologique sur cette déclaration.</translation>
    </message>
    <message>
        <source>Ethics interview — declaration of interests filed on %1</source>
        <translation>Entretien déontologique — déclaration d&apos;intérêts déposée le %1</translation>
    </message>
    <message>
        <source>The ethics interview cannot be read: %1</source>
        <translation>L&apos;entretien déontologique ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Held by %1, by delegation.</source>
        <translation>Conduit par %1, par délégation.</translation>
    </message>
    <message>
        <source>Convocation of the authority:</source>
        <translation>Convocation de l&apos;autorité&#xa0;:</translation>
    </message>
    <message>
        <source>The fiche navette will be here once the interview is held and recorded.</source>
        <translation>La fiche navette figurera ici une fois l&apos;entretien tenu et consigné.</translation>
    </message>
    <message>
        <source>You acknowledged this fiche on %1.</source>
        <translation>Vous avez accusé réception de cette fiche le %1.</translation>
    </message>
    <message>
        <source>Read the fiche, then acknowledge its receipt: your acknowledgement is signed with your identity and the authority sees it.</source>
        <translation>Lisez la fiche, puis accusez-en réception&#xa0;: votre accusé de réception est signé avec votre identité et l&apos;autorité le voit.</translation>
    </message>
    <message>
        <source>Signing the acknowledgement…</source>
        <translation>Signature de l&apos;accusé de réception…</translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation>Réception non accusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Receipt of the fiche acknowledged on %1; the authority sees your acknowledgement.</source>
        <translation>Réception de la fiche accusée le %1&#xa0;; l&apos;autorité voit votre accusé de réception.</translation>
    </message>
    <message>
        <source>Export the fiche navette as PDF</source>
        <translation>Exporter la fiche navette en PDF</translation>
    </message>
    <message>
        <source>The declaration you are invited to modify is not in your list.</source>
        <translation>La déclaration que vous êtes invité à modifier n&apos;est pas dans votre liste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Modification after your ethics interview of %1.&lt;/b&gt; It starts from your declaration filed on %2 and replaces it once filed. Change what the interview called for, then sign and file it.</source>
        <translation>&lt;b&gt;Modification à l&apos;issue de votre entretien déontologique du %1.&lt;/b&gt; Elle part de votre déclaration déposée le %2 et la remplace une fois déposée. Modifiez ce que l&apos;entretien a appelé, puis signez et déposez-la.</translation>
    </message>
    <message>
        <source>Or start another d&amp;ue declaration:</source>
        <translation>Ou commencer une autre déclaration du&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The draft from your last session cannot be resumed&lt;/b&gt;: %1. It stays in the store until you discard it; a new declaration would replace it.</source>
        <translation>&lt;b&gt;Le brouillon de votre dernière session ne peut pas être repris&lt;/b&gt;&#xa0;: %1. Il reste dans le registre jusqu&apos;à ce que vous le supprimiez&#xa0;; une nouvelle déclaration le remplacerait.</translation>
    </message>
    <message>
        <source>%1 — receipt not valid</source>
        <translation>%1 — accusé de réception non valide</translation>
    </message>
    <message>
        <source>Below, the declarations your posting calls for. After a new posting, a cessation or a substantial change, describe your situation: if the posting differs, ask the administrator to record it; a declaration is filed on the official posting only.</source>
        <translation>Ci-dessous, les déclarations qu&apos;appelle votre affectation. Après une nouvelle affectation, une cessation de fonctions ou une modification substantielle, décrivez votre situation&#xa0;: si l&apos;affectation diffère, demandez à l&apos;administrateur de l&apos;enregistrer&#xa0;; une déclaration n&apos;est déposée que sur l&apos;affectation officielle.</translation>
    </message>
    <message>
        <source>As&amp;k the administrator for this change…</source>
        <translation>Deman&amp;der ce changement à l&apos;administrateur…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your official posting&lt;/b&gt;, as the directory states it: %1.</source>
        <translation>&lt;b&gt;Votre affectation officielle&lt;/b&gt;, telle que l&apos;annuaire l&apos;indique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The directory states no official posting for you yet.&lt;/b&gt; Your declarations can be filed once the administrator has recorded it: describe your situation below and ask for it.</source>
        <translation>&lt;b&gt;L&apos;annuaire n&apos;indique encore aucune affectation officielle pour vous.&lt;/b&gt; Vos déclarations pourront être déposées une fois qu&apos;elle aura été enregistrée par l&apos;administrateur&#xa0;: décrivez votre situation ci-dessous et demandez-la.</translation>
    </message>
    <message>
        <source>Your requests cannot be read: %1</source>
        <translation>Vos demandes ne peuvent être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request sent on %1, awaiting the administrator: %2.</source>
        <translation>Demande envoyée le %1, en attente de l&apos;administrateur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Your request of %1 was rejected by %2: “%3”.</source>
        <translation>Votre demande du %1 a été rejetée par %2&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The situation described is not yet your official posting.</source>
        <translation>La situation décrite n&apos;est pas encore votre affectation officielle.</translation>
    </message>
    <message>
        <source>The situation described differs from your official posting (described / official): %1. A declaration is filed on the official posting only.</source>
        <translation>La situation décrite diffère de votre affectation officielle (décrite / officielle)&#xa0;: %1. Une déclaration n&apos;est déposée que sur l&apos;affectation officielle.</translation>
    </message>
    <message>
        <source>Ask for a change of posting</source>
        <translation>Demander un changement d&apos;affectation</translation>
    </message>
    <message>
        <source>The administrator will record this posting once granted: %1.

A note for the administrator (the decree or order, the date of installation…), kept in the audit trail:</source>
        <translation>L&apos;administrateur enregistrera cette affectation une fois la demande accordée&#xa0;: %1.

Une note pour l&apos;administrateur (le décret ou l&apos;arrêté, la date d&apos;installation…), conservée dans la piste d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>La demande n&apos;a pas été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server cannot be reached.&lt;/b&gt; Your draft is kept on this computer, sealed to you, and waits for the server: it is sent as soon as the server answers again. You may go on typing, or close Probitas: nothing is lost.</source>
        <translation>&lt;b&gt;Le serveur est injoignable.&lt;/b&gt; Votre brouillon est conservé sur cet ordinateur, scellé pour vous, et attend le serveur&#xa0;: il lui est envoyé dès qu&apos;il répond de nouveau. Vous pouvez continuer votre saisie, ou fermer Probitas&#xa0;: rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Your work is kept on this computer, sealed to you, until the server answers. Last kept at %1.</source>
        <translation>Votre saisie est conservée sur cet ordinateur, scellée pour vous, jusqu&apos;à ce que le serveur réponde. Dernière conservation à %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The draft kept on this computer cannot be sent&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Le brouillon conservé sur cet ordinateur ne peut pas être envoyé&lt;/b&gt;&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Keep the one in the &amp;store</source>
        <translation>Garder celle du &amp;registre</translation>
    </message>
    <message>
        <source>Keep the one from &amp;this computer</source>
        <translation>Garder celle de ce&amp;t ordinateur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your draft exists in two versions.&lt;/b&gt; The one in the store was saved on %1 (on another computer, or here after the server came back): it is &lt;b&gt;the newer&lt;/b&gt;. The one kept on this computer was saved on %2, while the server could not be reached. Neither has been written over. Which one do you keep? The other stays on this computer, sealed to you.</source>
        <translation>&lt;b&gt;Votre brouillon existe en deux versions.&lt;/b&gt; Celle du registre a été enregistrée le %1 (sur un autre ordinateur, ou ici après le retour du serveur)&#xa0;: c&apos;est &lt;b&gt;la plus récente&lt;/b&gt;. Celle conservée sur cet ordinateur a été enregistrée le %2, quand le serveur était injoignable. Aucune n&apos;a été écrasée. Laquelle gardez-vous&#xa0;? L&apos;autre reste sur cet ordinateur, scellée pour vous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your draft exists in two versions.&lt;/b&gt; The one kept on this computer was saved on %1, while the server could not be reached: it is &lt;b&gt;the newer&lt;/b&gt;. The one in the store was saved on %2, on another computer, meanwhile. Neither has been written over. Which one do you keep? The other stays on this computer, sealed to you.</source>
        <translation>&lt;b&gt;Votre brouillon existe en deux versions.&lt;/b&gt; Celle conservée sur cet ordinateur a été enregistrée le %1, quand le serveur était injoignable&#xa0;: c&apos;est &lt;b&gt;la plus récente&lt;/b&gt;. Celle du registre a été enregistrée le %2, entre-temps, sur un autre ordinateur. Aucune n&apos;a été écrasée. Laquelle gardez-vous&#xa0;? L&apos;autre reste sur cet ordinateur, scellée pour vous.</translation>
    </message>
    <message>
        <source>What you type is kept on this computer, sealed to you, until you choose.</source>
        <translation>Votre saisie est conservée sur cet ordinateur, scellée pour vous, jusqu&apos;à votre choix.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept: the draft from this computer.</source>
        <translation>Conservé&#xa0;: le brouillon de cet ordinateur.</translation>
    </message>
    <message>
        <source>Kept: the draft in the store.</source>
        <translation>Conservé&#xa0;: le brouillon du registre.</translation>
    </message>
    <message>
        <source>The other is set aside on this computer, sealed to you: %1</source>
        <translation>L&apos;autre est mis de côté sur cet ordinateur, scellé pour vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading your declarations from the server</source>
        <translation>Lecture de vos déclarations sur le serveur</translation>
    </message>
    <message>
        <source>Keeping the draft chosen</source>
        <translation>Conservation du brouillon choisi</translation>
    </message>
    <message>
        <source>complementary %1 (after a substantial change)</source>
        <translation>%1 complémentaire (après un changement substantiel)</translation>
    </message>
    <message>
        <source>Your filings cannot all be shown: %1</source>
        <translation>Vos dépôts ne peuvent pas tous être affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the draft from your last session…</source>
        <translation>Lecture du brouillon de votre dernière session…</translation>
    </message>
    <message>
        <source>See my obligations</source>
        <translation>Voir mes obligations</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) overdue</source>
        <translation>
            <numerusform>%n déclaration en retard</numerusform>
            <numerusform>%n déclarations en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) due within 30 days</source>
        <translation>
            <numerusform>%n déclaration à déposer dans les 30 jours</numerusform>
            <numerusform>%n déclarations à déposer dans les 30 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1.</source>
        <translation>Rappel&#xa0;: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>probitas::gui::DeclarationReview</name>
    <message>
        <source>Filed on %1</source>
        <translation>Déposée le %1</translation>
    </message>
    <message>
        <source>← &amp;Back to the inbox</source>
        <translation>← &amp;Retour aux déclarations reçues</translation>
    </message>
    <message>
        <source>Opening the declaration</source>
        <translation>Ouverture de la déclaration</translation>
    </message>
    <message>
        <source>The &amp;declaration</source>
        <translation>La &amp;déclaration</translation>
    </message>
    <message>
        <source>Bordereau d&apos;émargement</source>
        <translation>Bordereau d&apos;émargement</translation>
    </message>
    <message>
        <source>Receipt and exports</source>
        <translation>Accusé de réception et export</translation>
    </message>
    <message>
        <source>&amp;Acknowledge receipt</source>
        <translation>Acc&amp;user réception</translation>
    </message>
    <message>
        <source>Signs an acknowledgement of receipt with your identity; the declarant can see it.</source>
        <translation>Signe un accusé de réception avec votre identité&#xa0;; le déclarant peut le consulter.</translation>
    </message>
    <message>
        <source>%1 · filed on %2</source>
        <translation>%1 · déposée le %2</translation>
    </message>
    <message>
        <source> · replaces the version filed on %1</source>
        <translation> · remplace la version déposée le %1</translation>
    </message>
    <message>
        <source> · superseded by a newer version</source>
        <translation> · remplacée par une version plus récente</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>The declaration cannot be opened: %1</source>
        <translation>La déclaration ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>This version — filed on %1</source>
        <translation>Cette version — déposée le %1</translation>
    </message>
    <message>
        <source>Previous version — filed on %1</source>
        <translation>Version précédente — déposée le %1</translation>
    </message>
    <message>
        <source>The previous version cannot be opened: %1</source>
        <translation>La version précédente ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is the first %1 of %2 you have received: there is no previous version to compare with.</source>
        <translation>Vous n&apos;avez reçu aucune version antérieure de cette %1 (déclarant&#xa0;: %2)&#xa0;: il n&apos;existe pas de version précédente à comparer.</translation>
    </message>
    <message>
        <source>No earlier declaration of assets of %1 has been received: the variation will be computed from the next one.</source>
        <translation>Aucune déclaration de situation patrimoniale antérieure n&apos;a été reçue pour %1&#xa0;: la variation sera calculée à partir de la prochaine.</translation>
    </message>
    <message>
        <source>May open it:</source>
        <translation>Peuvent l&apos;ouvrir&#xa0;:</translation>
    </message>
    <message>
        <source>Never opened yet.</source>
        <translation>Jamais ouverte à ce jour.</translation>
    </message>
    <message>
        <source>Last opened by &lt;b&gt;%1&lt;/b&gt; on %2.</source>
        <translation>Dernière ouverture par &lt;b&gt;%1&lt;/b&gt; le %2.</translation>
    </message>
    <message>
        <source>Forwarded to you: the acknowledgement is given by the authority it was filed to.</source>
        <translation>Transmise pour information&#xa0;: l&apos;accusé de réception incombe à l&apos;autorité à laquelle la déclaration a été remise.</translation>
    </message>
    <message>
        <source>You have acknowledged receipt.</source>
        <translation>Vous avez accusé réception.</translation>
    </message>
    <message>
        <source>Receipt not acknowledged yet.</source>
        <translation>Réception non encore accusée.</translation>
    </message>
    <message>
        <source>Signing the acknowledgement…</source>
        <translation>Signature de l&apos;accusé de réception…</translation>
    </message>
    <message>
        <source>No acknowledgement: %1</source>
        <translation>Pas d&apos;accusé de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Receipt acknowledged and signed. The declarant can see it.</source>
        <translation>Accusé de réception signé. Le déclarant peut le consulter.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unknown form %1.</source>
        <translation>Formulaire inconnu %1.</translation>
    </message>
    <message>
        <source>Export the declaration as PDF</source>
        <translation>Exporter la déclaration en PDF</translation>
    </message>
    <message>
        <source>Exported: %1.</source>
        <translation>Exporté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt as PDF</source>
        <translation>Accusé de réception en PDF</translation>
    </message>
    <message>
        <source>Compared with the &amp;previous version</source>
        <translation>&amp;Comparaison avec la version précédente</translation>
    </message>
    <message>
        <source>Variation &amp;of the assets</source>
        <translation>Variation du &amp;patrimoine</translation>
    </message>
    <message>
        <source>&amp;Export the declaration as PDF…</source>
        <translation>&amp;Exporter la déclaration en PDF…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledgement as PDF…</source>
        <translation>Accu&amp;sé de réception en PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the &amp;previous version (%n change(s))</source>
        <translation>
            <numerusform>&amp;Comparaison avec la version précédente (%n modification)</numerusform>
            <numerusform>&amp;Comparaison avec la version précédente (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ethics interview</source>
        <translation>Entretien déontologique</translation>
    </message>
    <message>
        <source>&amp;Schedule the interview…</source>
        <translation>Convo&amp;quer à l&apos;entretien…</translation>
    </message>
    <message>
        <source>Convokes the magistrate: the date, the place and the delegate, if any, are sealed for the magistrate, you and the delegate.</source>
        <translation>Convoque le magistrat&#xa0;: la date, le lieu et, le cas échéant, le délégataire sont scellés pour le magistrat, pour vous et pour le délégataire.</translation>
    </message>
    <message>
        <source>&amp;Record the fiche navette…</source>
        <translation>Rédiger la fic&amp;he navette…</translation>
    </message>
    <message>
        <source>The record of the interview held, item by item, and its conclusion; signed with your identity and acknowledged by the magistrate.</source>
        <translation>Le compte rendu de l&apos;entretien tenu, rubrique par rubrique, et sa conclusion&#xa0;; signé avec votre identité, le magistrat en accuse réception.</translation>
    </message>
    <message>
        <source>&amp;Invite to modify the declaration</source>
        <translation>&amp;Inviter à modifier la déclaration</translation>
    </message>
    <message>
        <source>Art. 7-2 I: after the interview, the declaration may be modified by the magistrate. The magistrate&apos;s client shows the invitation.</source>
        <translation>Art. 7-2 I&#xa0;: à l&apos;issue de l&apos;entretien, la déclaration peut être modifiée par le magistrat. Le poste du magistrat affiche l&apos;invitation.</translation>
    </message>
    <message>
        <source>Export the &amp;fiche as PDF…</source>
        <translation>E&amp;xporter la fiche en PDF…</translation>
    </message>
    <message>
        <source>Avis of the collège de déontologie</source>
        <translation>Avis du collège de déontologie</translation>
    </message>
    <message>
        <source>Ask the co&amp;llège&apos;s avis…</source>
        <translation>Demander l&apos;avis du collè&amp;ge…</translation>
    </message>
    <message>
        <source>Art. 7-2 II: when there is a doubt about a possible conflict of interests. A certified copy of the declaration goes to the collège.</source>
        <translation>Art. 7-2 II&#xa0;: en cas de doute sur un éventuel conflit d&apos;intérêts. Une copie certifiée de la déclaration est transmise au collège.</translation>
    </message>
    <message>
        <source>&amp;Give the avis…</source>
        <translation>Re&amp;ndre l&apos;avis…</translation>
    </message>
    <message>
        <source>The ethics interview cannot be read: %1</source>
        <translation>L&apos;entretien déontologique ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the ethics interview…</source>
        <translation>Lecture de l&apos;entretien déontologique…</translation>
    </message>
    <message>
        <source>No interview yet. The filing of the declaration of interests calls for an ethics interview with you (art. 7-2 I).</source>
        <translation>Aucun entretien pour l&apos;instant. Le dépôt de la déclaration d&apos;intérêts donne lieu à un entretien déontologique avec vous (art. 7-2 I).</translation>
    </message>
    <message>
        <source>No interview on this version. The interview may be renewed at any time (art. 7-2 I).</source>
        <translation>Aucun entretien sur cette version. L&apos;entretien peut être renouvelé à tout moment (art. 7-2 I).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scheduled&lt;/b&gt; for %1</source>
        <translation>&lt;b&gt;Convoqué&lt;/b&gt; pour le %1</translation>
    </message>
    <message>
        <source>, held by %1 by delegation</source>
        <translation>, conduit par %1 par délégation</translation>
    </message>
    <message>
        <source>Once it is held, record its fiche navette.</source>
        <translation>Une fois l&apos;entretien tenu, rédigez sa fiche navette.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held&lt;/b&gt; on %1.</source>
        <translation>&lt;b&gt;Tenu&lt;/b&gt; le %1.</translation>
    </message>
    <message>
        <source>The magistrate acknowledged the fiche on %1.</source>
        <translation>Le magistrat a accusé réception de la fiche le %1.</translation>
    </message>
    <message>
        <source>The magistrate has not acknowledged the fiche yet.</source>
        <translation>Le magistrat n&apos;a pas encore accusé réception de la fiche.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invited to modify&lt;/b&gt; the declaration on %1: the magistrate&apos;s client shows the invitation.</source>
        <translation>&lt;b&gt;Invité à modifier&lt;/b&gt; la déclaration le %1&#xa0;: le poste du magistrat affiche l&apos;invitation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Declaration modified&lt;/b&gt; in answer to the invitation: the new version supersedes this one.</source>
        <translation>&lt;b&gt;Déclaration modifiée&lt;/b&gt; en réponse à l&apos;invitation&#xa0;: la nouvelle version remplace celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier interview(s) on this declaration.</source>
        <translation>
            <numerusform>%n entretien antérieur sur cette déclaration.</numerusform>
            <numerusform>%n entretiens antérieurs sur cette déclaration.</numerusform>
        </translation>
    </message>
    <message>
        <source>The convocation and the fiche cannot be read: %1</source>
        <translation>La convocation et la fiche ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>This version is superseded: a new interview is about the version in force.</source>
        <translation>Cette version est remplacée&#xa0;: un nouvel entretien porte sur la version en vigueur.</translation>
    </message>
    <message>
        <source>&amp;Schedule a new interview…</source>
        <translation>Convo&amp;quer à un nouvel entretien…</translation>
    </message>
    <message>
        <source>The fiche navette</source>
        <translation>La fiche navette</translation>
    </message>
    <message>
        <source>Reading the requests for an avis…</source>
        <translation>Lecture des demandes d&apos;avis…</translation>
    </message>
    <message>
        <source>The collège has not been asked about this declaration. Ask its avis when there is a doubt about a possible conflict of interests (art. 7-2 II).</source>
        <translation>Le collège n&apos;a pas été saisi sur cette déclaration. Demandez son avis en cas de doute sur un éventuel conflit d&apos;intérêts (art. 7-2 II).</translation>
    </message>
    <message>
        <source>No request for an avis on this declaration.</source>
        <translation>Aucune demande d&apos;avis sur cette déclaration.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request of %1&lt;/b&gt; — %2 — %3.</source>
        <translation>&lt;b&gt;Demande de %1&lt;/b&gt; — %2 — %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request of %1&lt;/b&gt; — %2.</source>
        <translation>&lt;b&gt;Demande de %1&lt;/b&gt; — %2.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question&#xa0;:</translation>
    </message>
    <message>
        <source>Avis of %1:</source>
        <translation>Avis de %1&#xa0;:</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing and sealing…</source>
        <translation>Signature et scellement…</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Convocation sent: %1 sees it in Probitas.</source>
        <translation>Convocation envoyée&#xa0;: %1 la voit dans Probitas.</translation>
    </message>
    <message>
        <source>Fiche navette recorded and sealed: %1 can read it and acknowledge it.</source>
        <translation>Fiche navette enregistrée et scellée&#xa0;: %1 peut la lire et en accuser réception.</translation>
    </message>
    <message>
        <source>Invite %1 to modify this declaration of interests? The magistrate&apos;s client shows the invitation and starts the modification from this declaration.</source>
        <translation>Inviter %1 à modifier cette déclaration d&apos;intérêts&#xa0;? Le poste du magistrat affiche l&apos;invitation et fait partir la modification de cette déclaration.</translation>
    </message>
    <message>
        <source>Invite to modify the declaration</source>
        <translation>Inviter à modifier la déclaration</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Invitation sent: %1&apos;s client shows it and starts the modification from this declaration.</source>
        <translation>Invitation envoyée&#xa0;: le poste de %1 l&apos;affiche et fait partir la modification de cette déclaration.</translation>
    </message>
    <message>
        <source>Export the fiche navette as PDF</source>
        <translation>Exporter la fiche navette en PDF</translation>
    </message>
    <message>
        <source>Request sent to the collège de déontologie, with a certified copy of the declaration.</source>
        <translation>Demande envoyée au collège de déontologie, avec une copie certifiée de la déclaration.</translation>
    </message>
    <message>
        <source>Avis given, sealed for the collège and for: %1.</source>
        <translation>Avis rendu, scellé pour le collège et pour&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>probitas::gui::EntretienViewer</name>
    <message>
        <source>Ethics interview</source>
        <translation>Entretien déontologique</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge receipt of the fiche</source>
        <translation>&amp;Accuser réception de la fiche</translation>
    </message>
    <message>
        <source>Signs with your identity that you received the fiche; the authority sees the acknowledgement.</source>
        <translation>Signe avec votre identité que vous avez reçu la fiche&#xa0;; l&apos;autorité voit l&apos;accusé de réception.</translation>
    </message>
    <message>
        <source>Export the fiche as &amp;PDF…</source>
        <translation>Exporter la fiche en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>probitas::gui::FicheNavetteDialog</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 est trop long&#xa0;: %2 caractères, au plus %3.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Fiche navette — %1</source>
        <translation>Fiche navette — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record of the ethics interview with %1&lt;/b&gt; (art. 7-2 I). Once recorded, the fiche is signed with your identity and sealed for you, the magistrate and the delegate, if any; the magistrate acknowledges it. It cannot be changed afterwards.</source>
        <translation>&lt;b&gt;Compte rendu de l&apos;entretien déontologique avec %1&lt;/b&gt; (art. 7-2 I). Une fois enregistrée, la fiche est signée avec votre identité et scellée pour vous, pour le magistrat et, le cas échéant, pour le délégataire&#xa0;; le magistrat en accuse réception. Elle ne peut plus être modifiée ensuite.</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>L&apos;entretien</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Held by me in &amp;person</source>
        <translation>Conduit par moi-même en &amp;personne</translation>
    </message>
    <message>
        <source>Held by &amp;delegation, by:</source>
        <translation>Conduit par délé&amp;gation, par&#xa0;:</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégataire</translation>
    </message>
    <message>
        <source>Function of the delegate</source>
        <translation>Fonction du délégataire</translation>
    </message>
    <message>
        <source>function, e.g. premier vice-président</source>
        <translation>fonction, par ex. premier vice-président</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Conduit par&#xa0;:</translation>
    </message>
    <message>
        <source>Points discussed, item by item</source>
        <translation>Points abordés, rubrique par rubrique</translation>
    </message>
    <message>
        <source>Write only about the items discussed: the boxes left empty are not part of the fiche. What the magistrate declared is recalled beside each item.</source>
        <translation>N&apos;écrivez que sur les rubriques abordées&#xa0;: les cases laissées vides ne font pas partie de la fiche. Ce que le magistrat a déclaré est rappelé à côté de chaque rubrique.</translation>
    </message>
    <message>
        <source>declared: néant</source>
        <translation>déclaré&#xa0;: néant</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared:</source>
        <translation>Déclaré&#xa0;:</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Details of the conclusion</source>
        <translation>Précisions sur la conclusion</translation>
    </message>
    <message>
        <source>Collège de déontologie</source>
        <translation>Collège de déontologie</translation>
    </message>
    <message>
        <source>The collège de déontologie was &amp;consulted (art. 7-2 II)</source>
        <translation>Le collège de déontologie a été &amp;consulté (art. 7-2 II)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>&amp;Record and seal the fiche</source>
        <translation>&amp;Enregistrer et sceller la fiche</translation>
    </message>
    <message>
        <source>D&amp;etails (optional):</source>
        <translation>Précisio&amp;ns (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>The precautions agreed (déport in which cases, for how long…), requir&amp;ed:</source>
        <translation>Les précautions convenues (déport, dans quels cas, pour combien de temps…), obligatoi&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>The situation to end, and how and by when, requir&amp;ed:</source>
        <translation>La situation à faire cesser, comment et dans quel délai, obligatoi&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>Say where the interview took place.</source>
        <translation>Indiquez où l&apos;entretien a eu lieu.</translation>
    </message>
    <message>
        <source>Choose the delegate who held the interview.</source>
        <translation>Choisissez le délégataire qui a conduit l&apos;entretien.</translation>
    </message>
    <message>
        <source>The point on %1</source>
        <translation>Le point sur %1</translation>
    </message>
    <message>
        <source>Describe the precautions agreed (the déport, its cases and its duration).</source>
        <translation>Décrivez les précautions convenues (le déport, ses cas et sa durée).</translation>
    </message>
    <message>
        <source>Describe the situation of conflict of interests to end, and how.</source>
        <translation>Décrivez la situation de conflit d&apos;intérêts à faire cesser, et comment.</translation>
    </message>
    <message>
        <source>The details of the conclusion</source>
        <translation>Les précisions sur la conclusion</translation>
    </message>
    <message>
        <source>The observations</source>
        <translation>Les observations</translation>
    </message>
</context>
<context>
    <name>probitas::gui::OpenStoreDialog</name>
    <message>
        <source>Open a store</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>Un &amp;fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation>Fichier du re&amp;gistre&#xa0;:</translation>
    </message>
    <message>
        <source>A &amp;server (PostgreSQL)</source>
        <translation>Un &amp;serveur (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Por&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse for the CA certificate</source>
        <translation>Choisir le certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>optional: instead of a password</source>
        <translation>facultatif&#xa0;: à la place d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Browse for your client certificate</source>
        <translation>Choisir votre certificat client</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Certificat c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Browse for your client certificate&apos;s key</source>
        <translation>Choisir la clé de votre certificat client</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>&amp;Clé du client&#xa0;:</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Fichier du registre</translation>
    </message>
    <message>
        <source>Probitas stores (*.sqlite);;All files (*)</source>
        <translation>Registres Probitas (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé du client</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Clés (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the store file.</source>
        <translation>Choisissez le fichier du registre.</translation>
    </message>
    <message>
        <source>This is a server&apos;s address: choose &quot;A server&quot; above.</source>
        <translation>Ceci est l&apos;adresse d&apos;un serveur&#xa0;: choisissez «&#xa0;Un serveur&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <source>Give the server&apos;s host, the database and your user name.</source>
        <translation>Indiquez l&apos;hôte du serveur, la base de données et votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A client certificate goes with its key: give both, or neither.</source>
        <translation>Un certificat client va avec sa clé&#xa0;: indiquez les deux, ou aucun.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>for a server on another computer</source>
        <translation>pour un serveur sur un autre ordinateur</translation>
    </message>
    <message>
        <source>The server %1 is not on this computer: give its CA certificate above, so that Probitas checks it is talking to that server and no other (TLS, sslmode=verify-full).</source>
        <translation>Le serveur %1 n&apos;est pas sur cet ordinateur&#xa0;: indiquez ci-dessus le certificat de son AC, pour que Probitas vérifie qu&apos;il parle bien à ce serveur et à nul autre (TLS, sslmode=verify-full).</translation>
    </message>
    <message>
        <source>my pass&amp;word, asked each time</source>
        <translation>mon mot de pa&amp;sse, demandé à chaque fois</translation>
    </message>
    <message>
        <source>the certificate of my &amp;seal (no password)</source>
        <translation>le certificat de mon &amp;sceau (sans mot de passe)</translation>
    </message>
    <message>
        <source>Log in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>Your password is asked each time the store is opened, and never kept. With the certificate of your seal, the passphrase of your identity logs you in (the server&apos;s CA certificate is then needed); with a client certificate, nothing is asked.</source>
        <translation>Votre mot de passe est demandé à chaque ouverture du registre et n&apos;est jamais conservé. Avec le certificat de votre sceau, c&apos;est la phrase de passe de votre identité qui vous connecte (le certificat de l&apos;AC du serveur est alors nécessaire)&#xa0;; avec un certificat client, rien n&apos;est demandé.</translation>
    </message>
    <message>
        <source>To log in with the certificate of your seal, give the server&apos;s CA certificate above: Probitas presents your certificate only to a server it has verified (TLS, sslmode=verify-full).</source>
        <translation>Pour vous connecter avec le certificat de votre sceau, indiquez ci-dessus le certificat de l&apos;AC du serveur&#xa0;: Probitas ne présente votre certificat qu&apos;à un serveur qu&apos;il a vérifié (TLS, sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>probitas::gui::PostingDialog</name>
    <message>
        <source>Official posting of %1</source>
        <translation>Affectation officielle de %1</translation>
    </message>
    <message>
        <source>The posting as the Journal officiel or the installation record states it. It decides where the declarations of %1 go, by when, and when they are destroyed; a declaration that states another situation is refused. It is signed with your identity and recorded in the audit trail.</source>
        <translation>L&apos;affectation telle que l&apos;indiquent le Journal officiel ou le procès-verbal d&apos;installation. Elle décide à qui vont les déclarations de %1, dans quel délai, et quand elles sont détruites&#xa0;; une déclaration qui indique une autre situation est refusée. Elle est signée avec votre identité et consignée dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Sign and record</source>
        <translation>&amp;Signer et enregistrer</translation>
    </message>
    <message>
        <source>The posting cannot be read: check the court and the seat.</source>
        <translation>L&apos;affectation ne peut être lue&#xa0;: vérifiez la juridiction et le siège.</translation>
    </message>
    <message>
        <source>The posting was not recorded: %1</source>
        <translation>L&apos;affectation n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>probitas::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The new language applies when Probitas starts again.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Probitas.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Verrouiller après &amp;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once. The window also locks with the session, and before the computer sleeps.</source>
        <translation>Ctrl+L verrouille aussitôt. La fenêtre se verrouille aussi avec la session, et avant la mise en veille de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The last store opened</source>
        <translation>Le dernier registre ouvert</translation>
    </message>
    <message>
        <source>&amp;Store opened at start:</source>
        <translation>&amp;Registre ouvert au démarrage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>probitas::gui::SaveDraftCommand</name>
    <message>
        <source>%1: %2; the file is kept as it is</source>
        <translation>%1&#xa0;: %2&#xa0;; le fichier est conservé tel quel</translation>
    </message>
    <message>
        <source>the draft&apos;s save was interrupted</source>
        <translation>l&apos;enregistrement du brouillon a été interrompu</translation>
    </message>
    <message>
        <source>the draft could not be read</source>
        <translation>le brouillon n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>probitas::gui::ScheduleEntretienDialog</name>
    <message>
        <source>Schedule the ethics interview</source>
        <translation>Convoquer à l&apos;entretien déontologique</translation>
    </message>
    <message>
        <source>Convocation of %1 to the ethics interview that follows the filing of the declaration of interests (art. 7-2 I of ordonnance n° 58-1270). The magistrate sees the date, the place and the delegate in Probitas.</source>
        <translation>Convocation de %1 à l&apos;entretien déontologique qui suit le dépôt de la déclaration d&apos;intérêts (art. 7-2 I de l&apos;ordonnance n° 58-1270). Le magistrat voit la date, le lieu et le délégataire dans Probitas.</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Tribunal judiciaire de Nanterre, cabinet du président</source>
        <translation>par ex. Tribunal judiciaire de Nanterre, cabinet du président</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delegated to:</source>
        <translation>Délé&amp;gué à&#xa0;:</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégataire</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Conduit par&#xa0;:</translation>
    </message>
    <message>
        <source>The interview may be held by a magistrate of your jurisdiction, by delegation; otherwise you hold it yourself.</source>
        <translation>L&apos;entretien peut être conduit par délégation, par un magistrat de votre juridiction&#xa0;; sinon, vous le conduisez vous-même.</translation>
    </message>
    <message>
        <source>no magistrate of your jurisdiction in the directory</source>
        <translation>aucun magistrat de votre juridiction dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>&amp;Send the convocation</source>
        <translation>&amp;Envoyer la convocation</translation>
    </message>
    <message>
        <source>Say where the interview takes place.</source>
        <translation>Indiquez où l&apos;entretien aura lieu.</translation>
    </message>
    <message>
        <source>The date and time are past: a convocation is for an interview to come.</source>
        <translation>La date et l&apos;heure sont passées&#xa0;: une convocation est pour un entretien à venir.</translation>
    </message>
</context>
<context>
    <name>probitas::gui::StoreConnection</name>
    <message>
        <source>No store open</source>
        <translation>Aucun registre ouvert</translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation>Registre local&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server %1, database %2, connected as %3</source>
        <translation>Serveur %1, base %2, connecté en tant que %3</translation>
    </message>
    <message numerus="yes">
        <source>Disconnected from the server %1. Trying again in %n second(s).</source>
        <translation>
            <numerusform>Déconnecté du serveur %1. Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Déconnecté du serveur %1. Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting to the server %1…</source>
        <translation>Reconnexion au serveur %1…</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <translation>le serveur ne répond pas</translation>
    </message>
    <message>
        <source>Server %1, database %2: connected by certificate, as %3</source>
        <translation>Serveur %1, base %2&#xa0;: connectée par certificat, en tant que %3</translation>
    </message>
</context>
<context>
    <name>probitas::gui::UnlockCommand</name>
    <message>
        <source>an outdated algorithm (3DES or RC2)</source>
        <translation>un algorithme dépassé (3DES ou RC2)</translation>
    </message>
    <message numerus="yes">
        <source>only %Ln iteration(s)</source>
        <translation>
            <numerusform>%Ln itération</numerusform>
            <numerusform>%Ln itérations</numerusform>
        </translation>
    </message>
    <message>
        <source>Your identity file is protected by %1, which makes its passphrase cheap to guess for whoever copies it, and it could not be protected again: %2</source>
        <translation>Votre fichier d&apos;identité n&apos;est protégé que par %1, ce qui rend sa phrase secrète peu coûteuse à deviner pour qui le copie, et il n&apos;a pas pu être protégé à nouveau&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Your identity file was protected by %1: Probitas has protected it again, with the same passphrase, as it protects its own (%Ln iterations).</source>
        <translation>
            <numerusform>Fichier d&apos;identité protégé à nouveau, avec la même phrase secrète (%Ln itération)&#xa0;: il ne l&apos;était que par %1.</numerusform>
            <numerusform>Fichier d&apos;identité protégé à nouveau, avec la même phrase secrète (%Ln itérations)&#xa0;: il ne l&apos;était que par %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>probitas::gui::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Probitas&lt;/h2&gt;&lt;p&gt;Probitas keeps the declarations of interests and of assets of magistrates, signed by their author and sealed for the authorities the law names.&lt;/p&gt;&lt;p&gt;No register is open on this computer yet. What would you like to do?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Probitas&lt;/h2&gt;&lt;p&gt;Probitas conserve les déclarations d&apos;intérêts et de situation patrimoniale des magistrats, signées par leur auteur et scellées pour les autorités que la loi désigne.&lt;/p&gt;&lt;p&gt;Aucun registre n&apos;est encore ouvert sur cet ordinateur. Que souhaitez-vous faire&#xa0;?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Try the demonstration</source>
        <translation>&amp;Essayer la démonstration</translation>
    </message>
    <message>
        <source>A fictitious court and its people, their identities and passphrases ready: to see how Probitas works. Nothing in it is real, and nothing real belongs in it.</source>
        <translation>Une juridiction fictive et ses membres, leurs identités et phrases de passe prêtes&#xa0;: pour voir comment fonctionne Probitas. Rien n&apos;y est réel, et rien de réel ne doit y entrer.</translation>
    </message>
    <message>
        <source>&amp;Open the organisation&apos;s register</source>
        <translation>&amp;Ouvrir le registre de l&apos;organisation</translation>
    </message>
    <message>
        <source>Your court or ministry has one: a file it shares, or its server. You also need your identity file, which its administrator gave you.</source>
        <translation>Votre juridiction ou votre ministère en a un&#xa0;: un fichier partagé, ou son serveur. Il vous faut aussi votre fichier d&apos;identité, remis par son administrateur.</translation>
    </message>
    <message>
        <source>&amp;Create the organisation&apos;s register</source>
        <translation>&amp;Créer le registre de l&apos;organisation</translation>
    </message>
    <message>
        <source>For its administrator: the organisation&apos;s certification authority (a new one, or the one you have), your own identity, then the register and the law it follows.</source>
        <translation>Pour son administrateur&#xa0;: l&apos;autorité de certification de l&apos;organisation (une nouvelle, ou celle que vous avez), votre propre identité, puis le registre et la loi qu&apos;il suit.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>no declaration %1 in the store</source>
        <translation>aucune déclaration %1 dans le registre</translation>
    </message>
    <message>
        <source>the directory holds an unreadable certificate</source>
        <translation>l&apos;annuaire contient un certificat illisible</translation>
    </message>
    <message>
        <source>a person needs a name and a certificate</source>
        <translation>une personne doit avoir un nom et un certificat</translation>
    </message>
    <message>
        <source>an authority needs the authority id it holds</source>
        <translation>une autorité doit avoir l&apos;identifiant de la fonction qu&apos;elle exerce</translation>
    </message>
    <message>
        <source>cannot add %1 to the directory: the name, the certificate or the authority id is already there</source>
        <translation>impossible d&apos;ajouter %1 à l&apos;annuaire&#xa0;: le nom, le certificat ou l&apos;identifiant d&apos;autorité y figure déjà</translation>
    </message>
    <message>
        <source>no person %1 in the directory</source>
        <translation>aucune personne %1 dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>no person named %1 in the directory</source>
        <translation>aucune personne nommée %1 dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>no one in the directory holds the authority %1</source>
        <translation>personne dans l&apos;annuaire n&apos;exerce la fonction %1</translation>
    </message>
    <message>
        <source>this identity is not in the store&apos;s directory</source>
        <translation>cette identité ne figure pas dans l&apos;annuaire du registre</translation>
    </message>
    <message>
        <source>no identity</source>
        <translation>aucune identité</translation>
    </message>
    <message>
        <source>access denied: this identity may not %1 this declaration (%2)</source>
        <translation>accès refusé&#xa0;: cette identité n&apos;est pas autorisée à %1 cette déclaration (%2)</translation>
    </message>
    <message>
        <source>only a magistrate files declarations</source>
        <translation>seul un magistrat peut déposer une déclaration</translation>
    </message>
    <message>
        <source>unknown form definition %1</source>
        <translation>définition de formulaire inconnue %1</translation>
    </message>
    <message>
        <source>the declaration cannot be filed: %1: %2</source>
        <translation>la déclaration ne peut être déposée&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>supersedes %1: no declaration of yours of this kind has that id</source>
        <translation>remplace %1&#xa0;: aucune de vos déclarations de ce type ne porte cet identifiant</translation>
    </message>
    <message>
        <source>supersedes %1: that declaration is already %2</source>
        <translation>remplace %1&#xa0;: cette déclaration est déjà %2</translation>
    </message>
    <message>
        <source>the declaration is not signed by its declarant</source>
        <translation>la déclaration n&apos;est pas signée par son déclarant</translation>
    </message>
    <message>
        <source>a forward needs its legal basis (--basis)</source>
        <translation>une communication doit indiquer son fondement juridique (--basis)</translation>
    </message>
    <message>
        <source>this authority has already acknowledged declaration %1</source>
        <translation>cette autorité a déjà accusé réception de la déclaration %1</translation>
    </message>
    <message>
        <source>no receipt for declaration %1</source>
        <translation>aucun accusé de réception pour la déclaration %1</translation>
    </message>
    <message>
        <source>no draft</source>
        <translation>aucun brouillon</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the demo document %1 is missing from the program</source>
        <translation>le document de démonstration %1 est absent du programme</translation>
    </message>
    <message>
        <source>the demo organisation is incomplete</source>
        <translation>l&apos;organisation de démonstration est incomplète</translation>
    </message>
    <message>
        <source>the audit trail is broken (%1): the store records nothing more until it has been examined (probitas-cli audit verify)</source>
        <translation>la piste d&apos;audit est rompue (%1)&#xa0;: le registre n&apos;enregistre plus rien tant qu&apos;elle n&apos;a pas été examinée (probitas-cli audit verify)</translation>
    </message>
    <message>
        <source>the declaration cannot be filed: the magistrate&apos;s situation is missing</source>
        <translation>la déclaration ne peut être déposée&#xa0;: la situation du magistrat est manquante</translation>
    </message>
    <message>
        <source>access denied: this identity may not read the whole audit trail (%1)</source>
        <translation>accès refusé&#xa0;: cette identité n&apos;est pas autorisée à lire l&apos;ensemble de la piste d&apos;audit (%1)</translation>
    </message>
    <message>
        <source>destroyed under the retention rules</source>
        <translation>détruite en application des règles de conservation</translation>
    </message>
    <message>
        <source>%1 cannot hold the entretien as the authority&apos;s delegate</source>
        <translation>%1 ne peut pas conduire l&apos;entretien en qualité de délégataire de l&apos;autorité</translation>
    </message>
    <message>
        <source>the document is not signed by the one who wrote it</source>
        <translation>le document n&apos;est pas signé par son auteur</translation>
    </message>
    <message>
        <source>the stored document belongs to another declaration</source>
        <translation>le document enregistré se rapporte à une autre déclaration</translation>
    </message>
    <message>
        <source>access denied: this identity may not take this step (%1: %2)</source>
        <translation>accès refusé&#xa0;: cette identité n&apos;est pas autorisée à accomplir cette étape (%1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no entretien %1 in the store</source>
        <translation>aucun entretien %1 dans le registre</translation>
    </message>
    <message>
        <source>declaration %1 is %2: no entretien about it</source>
        <translation>la déclaration %1 a le statut «&#xa0;%2&#xa0;»&#xa0;: elle ne peut faire l&apos;objet d&apos;un entretien</translation>
    </message>
    <message>
        <source>an entretien needs its date and time</source>
        <translation>un entretien doit comporter sa date et son heure</translation>
    </message>
    <message>
        <source>an entretien about declaration %1 is already scheduled (%2)</source>
        <translation>un entretien relatif à la déclaration %1 est déjà programmé (%2)</translation>
    </message>
    <message>
        <source>entretien %1 is %2: its fiche is recorded once</source>
        <translation>l&apos;entretien %1 a le statut «&#xa0;%2&#xa0;»&#xa0;: sa fiche ne s&apos;enregistre qu&apos;une fois</translation>
    </message>
    <message>
        <source>the fiche is about declaration %1; entretien %2 is about declaration %3</source>
        <translation>la fiche porte sur la déclaration %1&#xa0;; l&apos;entretien %2 porte sur la déclaration %3</translation>
    </message>
    <message>
        <source>the fiche names the authority %1; this entretien is held by %2</source>
        <translation>la fiche désigne l&apos;autorité %1&#xa0;; cet entretien est conduit par %2</translation>
    </message>
    <message>
        <source>the fiche is dated %1: record it once the entretien is held</source>
        <translation>la fiche est datée du %1&#xa0;: enregistrez-la une fois l&apos;entretien tenu</translation>
    </message>
    <message>
        <source>the fiche&apos;s delegate %1 is not in the store&apos;s directory</source>
        <translation>le délégataire %1 désigné par la fiche ne figure pas dans l&apos;annuaire du registre</translation>
    </message>
    <message>
        <source>a delegate records only an entretien the fiche says they held</source>
        <translation>un délégataire ne peut enregistrer que l&apos;entretien qu&apos;il a conduit selon la fiche</translation>
    </message>
    <message>
        <source>entretien %1 was recorded meanwhile</source>
        <translation>l&apos;entretien %1 a été enregistré entre-temps</translation>
    </message>
    <message>
        <source>entretien %1 is not held yet: there is no fiche to acknowledge</source>
        <translation>l&apos;entretien %1 n&apos;a pas encore eu lieu&#xa0;: il n&apos;y a pas de fiche dont accuser réception</translation>
    </message>
    <message>
        <source>entretien %1 is %2</source>
        <translation>l&apos;entretien %1 a le statut «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>entretien %1 was acknowledged meanwhile</source>
        <translation>la fiche de l&apos;entretien %1 a fait l&apos;objet d&apos;un accusé de réception entre-temps</translation>
    </message>
    <message>
        <source>entretien %1 is not acknowledged</source>
        <translation>la fiche de l&apos;entretien %1 n&apos;a pas fait l&apos;objet d&apos;un accusé de réception</translation>
    </message>
    <message>
        <source>entretien %1 is %2: invite the declarant once it is held</source>
        <translation>l&apos;entretien %1 a le statut «&#xa0;%2&#xa0;»&#xa0;: invitez le déclarant une fois l&apos;entretien tenu</translation>
    </message>
    <message>
        <source>the declarant was already invited to modify the declaration after entretien %1</source>
        <translation>le déclarant a déjà été invité à modifier la déclaration à l&apos;issue de l&apos;entretien %1</translation>
    </message>
    <message>
        <source>declaration %1 is already %2</source>
        <translation>la déclaration %1 a déjà le statut «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the declarant was invited meanwhile</source>
        <translation>le déclarant a été invité entre-temps</translation>
    </message>
    <message>
        <source>no avis request %1 in the store</source>
        <translation>aucune demande d&apos;avis %1 dans le registre</translation>
    </message>
    <message>
        <source>declaration %1 is %2: no avis about it</source>
        <translation>la déclaration %1 a le statut «&#xa0;%2&#xa0;»&#xa0;: elle ne peut faire l&apos;objet d&apos;un avis</translation>
    </message>
    <message>
        <source>avis request %1 is %2: the avis is given once</source>
        <translation>la demande d&apos;avis %1 a le statut «&#xa0;%2&#xa0;»&#xa0;: l&apos;avis n&apos;est rendu qu&apos;une fois</translation>
    </message>
    <message>
        <source>the avis answers request %1 about declaration %2; this is request %3 about declaration %4</source>
        <translation>l&apos;avis répond à la demande %1 relative à la déclaration %2&#xa0;; il s&apos;agit ici de la demande %3 relative à la déclaration %4</translation>
    </message>
    <message>
        <source>the avis is dated %1, in the future</source>
        <translation>l&apos;avis est daté du %1, date future</translation>
    </message>
    <message>
        <source>avis request %1 was answered meanwhile</source>
        <translation>la demande d&apos;avis %1 a reçu réponse entre-temps</translation>
    </message>
    <message>
        <source>%1: cannot write to disk</source>
        <translation>%1&#xa0;: écriture sur le disque impossible</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>the bundle needs a folder to go into</source>
        <translation>le dossier de contrôle doit être écrit dans un dossier</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is not empty: a bundle goes into a new or empty folder</source>
        <translation>%1 n&apos;est pas vide&#xa0;: un dossier de contrôle s&apos;écrit dans un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;export a été annulé</translation>
    </message>
    <message>
        <source>the store holds a receipt with an unexpected id</source>
        <translation>le registre contient un accusé de réception à l&apos;identifiant inattendu</translation>
    </message>
    <message>
        <source>the store&apos;s directory holds an unexpected person id</source>
        <translation>l&apos;annuaire du registre contient un identifiant de personne inattendu</translation>
    </message>
    <message>
        <source>%1: cannot move the bundle into place: %2</source>
        <translation>%1&#xa0;: impossible de mettre le dossier de contrôle en place&#xa0;: %2</translation>
    </message>
    <message>
        <source>the bundle is not whole: %1</source>
        <translation>le dossier de contrôle n&apos;est pas intègre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 a été supprimé</translation>
    </message>
    <message>
        <source>%1 was changed: it is not a bundle manifest any more</source>
        <translation>%1 a été modifié&#xa0;: ce n&apos;est plus un manifeste de dossier de contrôle</translation>
    </message>
    <message>
        <source>%1 was changed: it lists the file &quot;%2&quot;</source>
        <translation>%1 a été modifié&#xa0;: il mentionne le fichier «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>%1 a été modifié</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 a été ajouté</translation>
    </message>
    <message>
        <source>%1 was removed or changed: the manifest&apos;s signature cannot be checked</source>
        <translation>%1 a été supprimé ou modifié&#xa0;: la signature du manifeste ne peut pas être vérifiée</translation>
    </message>
    <message>
        <source>the signature in %1 does not verify over %2: one of them was changed</source>
        <translation>la signature contenue dans %1 ne correspond pas à %2&#xa0;: l&apos;un des deux a été modifié</translation>
    </message>
    <message>
        <source>%1 is not the certificate the manifest names</source>
        <translation>%1 n&apos;est pas le certificat que désigne le manifeste</translation>
    </message>
    <message>
        <source>%1 was changed: no audit head or export time</source>
        <translation>%1 a été modifié&#xa0;: tête de chaîne ou date d&apos;export absente</translation>
    </message>
    <message>
        <source>the manifest&apos;s signer is not trusted: %1</source>
        <translation>le signataire du manifeste n&apos;est pas reconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not the certificate %2 names</source>
        <translation>%1 n&apos;est pas le certificat que désigne %2</translation>
    </message>
    <message>
        <source>%1 is not trusted: %2</source>
        <translation>%1 n&apos;est pas reconnu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was changed: it does not list %2</source>
        <translation>%1 a été modifié&#xa0;: il ne mentionne pas %2</translation>
    </message>
    <message>
        <source>%1, line %2: not an audit entry</source>
        <translation>%1, ligne %2&#xa0;: ce n&apos;est pas une entrée d&apos;audit</translation>
    </message>
    <message>
        <source>%1 goes on after entry %2, the manifest&apos;s head: entries were added</source>
        <translation>%1 se poursuit après l&apos;entrée %2, tête de chaîne du manifeste&#xa0;: des entrées ont été ajoutées</translation>
    </message>
    <message>
        <source>the manifest is not signed by the exporter the audit trail records</source>
        <translation>le manifeste n&apos;est pas signé par l&apos;auteur de l&apos;export qu&apos;enregistre la piste d&apos;audit</translation>
    </message>
    <message>
        <source>%1: declaration %2 has no matching &quot;file&quot; entry in the audit trail</source>
        <translation>%1&#xa0;: la déclaration %2 n&apos;a pas d&apos;entrée «&#xa0;file&#xa0;» correspondante dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>%1: envelope %2 does not match the audit trail</source>
        <translation>%1&#xa0;: l&apos;enveloppe %2 ne correspond pas à la piste d&apos;audit</translation>
    </message>
    <message>
        <source>%1: the receipt %2 is not in the manifest</source>
        <translation>%1&#xa0;: l&apos;accusé de réception %2 ne figure pas dans le manifeste</translation>
    </message>
    <message>
        <source>%1 does not match the audit trail&apos;s acknowledgement</source>
        <translation>%1 ne correspond pas à l&apos;accusé de réception qu&apos;enregistre la piste d&apos;audit</translation>
    </message>
    <message>
        <source>audit entry %1 is not a readable audit entry</source>
        <translation>l&apos;entrée d&apos;audit %1 est illisible</translation>
    </message>
    <message>
        <source>not an audit anchor: expected SEQUENCE:SHA256 as audit verify prints it, got &quot;%1&quot;</source>
        <translation>ce n&apos;est pas une ancre d&apos;audit&#xa0;: SEQUENCE:SHA256 attendu, tel qu&apos;audit verify l&apos;affiche, obtenu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>audit entry %1 was modified</source>
        <translation>l&apos;entrée d&apos;audit %1 a été modifiée</translation>
    </message>
    <message>
        <source>audit entry %1 names an actor who is not in the directory</source>
        <translation>l&apos;entrée d&apos;audit %1 désigne un auteur absent de l&apos;annuaire</translation>
    </message>
    <message>
        <source>audit entry %1 has a signature that does not verify</source>
        <translation>la signature de l&apos;entrée d&apos;audit %1 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>audit entry %1 is missing or out of order</source>
        <translation>l&apos;entrée d&apos;audit %1 est manquante ou hors séquence</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2 (removed or reordered entries)</source>
        <translation>l&apos;entrée d&apos;audit %1 ne fait pas suite à l&apos;entrée %2 (entrées supprimées ou réordonnées)</translation>
    </message>
    <message>
        <source>the signature of audit entry %1 was replaced</source>
        <translation>la signature de l&apos;entrée d&apos;audit %1 a été remplacée</translation>
    </message>
    <message>
        <source>the trail ends at entry %1 but entry %2 was seen before: entries were removed from its end</source>
        <translation>la piste d&apos;audit s&apos;arrête à l&apos;entrée %1 alors que l&apos;entrée %2 avait été vue&#xa0;: des entrées ont été supprimées à sa fin</translation>
    </message>
    <message>
        <source>audit entry %1 is not the one seen before: the trail was rewritten</source>
        <translation>l&apos;entrée d&apos;audit %1 n&apos;est pas celle qui avait été vue&#xa0;: la piste d&apos;audit a été réécrite</translation>
    </message>
    <message>
        <source>store database error (%1): %2</source>
        <translation>erreur de la base du registre (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL (postgresql://user@host:port/database)</source>
        <translation>URL PostgreSQL non valide (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>the store URL must not contain a password: use PGPASSWORD or ~/.pgpass</source>
        <translation>l&apos;URL du registre ne doit pas contenir de mot de passe&#xa0;: utilisez PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>the Qt SQL driver for %1 is not installed</source>
        <translation>le pilote Qt SQL pour %1 n&apos;est pas installé</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>no transaction to commit</source>
        <translation>aucune transaction à valider</translation>
    </message>
    <message>
        <source>the store has schema version %1, which needs a newer Probitas (this one knows up to version %2)</source>
        <translation>le registre est en version de schéma %1, qui exige une version plus récente de Probitas (celle-ci connaît les versions jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>the first person of a store is its administrator, who adds themselves with their own identity</source>
        <translation>la première personne d&apos;un registre en est l&apos;administrateur, qui s&apos;ajoute à l&apos;annuaire avec sa propre identité</translation>
    </message>
    <message>
        <source>the audit trail does not record the filing of declaration %1</source>
        <translation>la piste d&apos;audit ne consigne pas le dépôt de la déclaration %1</translation>
    </message>
    <message>
        <source>procedure %1 has an unknown kind %2</source>
        <translation>la procédure %1 est d&apos;un type inconnu, %2</translation>
    </message>
    <message>
        <source>no procedure %1 in the store</source>
        <translation>aucune procédure %1 dans le registre</translation>
    </message>
    <message>
        <source>procedure %1 was already closed on %2</source>
        <translation>la procédure %1 a déjà été close le %2</translation>
    </message>
    <message>
        <source>%1: %2 is not an authority the declaration was filed or forwarded to</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une autorité à laquelle la déclaration a été remise ou transmise</translation>
    </message>
    <message>
        <source>%1 is not a valid receipt from %2: %3</source>
        <translation>%1 n&apos;est pas un accusé de réception valide de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: cannot make the folder private</source>
        <translation>%1&#xa0;: impossible de rendre le dossier privé</translation>
    </message>
    <message>
        <source>%1: cannot create the store file</source>
        <translation>%1&#xa0;: impossible de créer le fichier du registre</translation>
    </message>
    <message>
        <source>%1: cannot make the store file private</source>
        <translation>%1&#xa0;: impossible de rendre le fichier du registre privé</translation>
    </message>
    <message>
        <source>the store&apos;s folder %1 can be written by other users, who could replace the store&apos;s files: keep the store in a folder of your own (chmod 700 %1)</source>
        <translation>le dossier du registre %1 peut être modifié par d&apos;autres utilisateurs, qui pourraient remplacer les fichiers du registre&#xa0;: gardez le registre dans un dossier à vous seul (chmod 700 %1)</translation>
    </message>
    <message>
        <source>the store file %1 can be written by other users, who could alter the store: make it yours alone (chmod 600 %1)</source>
        <translation>le fichier du registre %1 peut être modifié par d&apos;autres utilisateurs, qui pourraient altérer le registre&#xa0;: réservez-le à vous seul (chmod 600 %1)</translation>
    </message>
    <message>
        <source>directory statement %1 was changed after it was signed</source>
        <translation>la déclaration d&apos;annuaire %1 a été modifiée après sa signature</translation>
    </message>
    <message>
        <source>directory statement %1 does not follow the statement before it: a statement was removed, changed or reordered</source>
        <translation>la déclaration d&apos;annuaire %1 ne suit pas celle qui la précède&#xa0;: une déclaration a été supprimée, modifiée ou déplacée</translation>
    </message>
    <message>
        <source>directory statement %1 does not state the store, its anchors and its administrator, signed by that administrator</source>
        <translation>la déclaration d&apos;annuaire %1 n&apos;énonce pas le registre, ses ancres et son administrateur, signée par cet administrateur</translation>
    </message>
    <message>
        <source>directory statement %1 comes before the store&apos;s anchor statement</source>
        <translation>la déclaration d&apos;annuaire %1 précède la déclaration fondatrice du registre</translation>
    </message>
    <message>
        <source>directory statement %1 is signed by %2, who was not an administrator of this store then</source>
        <translation>la déclaration d&apos;annuaire %1 est signée par %2, qui n&apos;était pas alors administrateur de ce registre</translation>
    </message>
    <message>
        <source>directory statement %1 names another store</source>
        <translation>la déclaration d&apos;annuaire %1 nomme un autre registre</translation>
    </message>
    <message>
        <source>directory statement %1 does not state a person&apos;s name, role and certificate</source>
        <translation>la déclaration d&apos;annuaire %1 n&apos;énonce pas le nom, le rôle et le certificat d&apos;une personne</translation>
    </message>
    <message>
        <source>directory statement %1 adds %2 a second time</source>
        <translation>la déclaration d&apos;annuaire %1 ajoute %2 une seconde fois</translation>
    </message>
    <message>
        <source>directory statement %1 is about %2, who is not in the directory then</source>
        <translation>la déclaration d&apos;annuaire %1 concerne %2, qui ne figure pas alors dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>directory statement %1 renews no certificate</source>
        <translation>la déclaration d&apos;annuaire %1 ne renouvelle aucun certificat</translation>
    </message>
    <message>
        <source>directory statement %1 rests on statement %2, which is not valid: %3</source>
        <translation>la déclaration d&apos;annuaire %1 repose sur la déclaration %2, qui n&apos;est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>directory statement %1: the store does not hold its signer&apos;s certificate</source>
        <translation>déclaration d&apos;annuaire %1&#xa0;: le registre ne détient pas le certificat de son signataire</translation>
    </message>
    <message>
        <source>directory statement %1: its signer&apos;s certificate was not issued by the store&apos;s trust anchors, or was not valid when signing (%2)</source>
        <translation>déclaration d&apos;annuaire %1&#xa0;: le certificat de son signataire n&apos;a pas été émis par les ancres de confiance du registre, ou n&apos;était pas valide lors de la signature (%2)</translation>
    </message>
    <message>
        <source>directory statement %1: the signature does not verify</source>
        <translation>déclaration d&apos;annuaire %1&#xa0;: la signature n&apos;est pas valide</translation>
    </message>
    <message>
        <source>this store&apos;s directory is not signed (it was made by an earlier Probitas): an administrator adopts it once with probitas-cli people adopt</source>
        <translation>l&apos;annuaire de ce registre n&apos;est pas signé (il a été créé par une version antérieure de Probitas)&#xa0;: un administrateur l&apos;adopte une fois avec probitas-cli people adopt</translation>
    </message>
    <message>
        <source>the directory entry %1 was added by no administrator&apos;s statement</source>
        <translation>l&apos;entrée d&apos;annuaire %1 n&apos;a été ajoutée par aucune déclaration d&apos;un administrateur</translation>
    </message>
    <message>
        <source>the directory entry of %1 is not backed: %2</source>
        <translation>l&apos;entrée d&apos;annuaire de %1 n&apos;est pas fondée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the store does not hold the certificate its administrators stated for %1</source>
        <translation>le registre ne détient pas le certificat que ses administrateurs ont déclaré pour %1</translation>
    </message>
    <message>
        <source>the certificate of %1 was not issued by the store&apos;s trust anchors (%2)</source>
        <translation>le certificat de %1 n&apos;a pas été émis par les ancres de confiance du registre (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the heads this computer remembers</source>
        <translation>%1&#xa0;: impossible de lire les têtes de piste dont cet ordinateur se souvient</translation>
    </message>
    <message>
        <source>%1: the heads this computer remembers are unreadable; move the file away to start afresh</source>
        <translation>%1&#xa0;: les têtes de piste dont cet ordinateur se souvient sont illisibles&#xa0;; déplacez ce fichier pour repartir de zéro</translation>
    </message>
    <message>
        <source>%1: another Probitas holds it for too long</source>
        <translation>%1&#xa0;: un autre Probitas le retient trop longtemps</translation>
    </message>
    <message>
        <source>%1: cannot write the heads this computer remembers</source>
        <translation>%1&#xa0;: impossible d&apos;écrire les têtes de piste dont cet ordinateur se souvient</translation>
    </message>
    <message>
        <source>audit entry %1 is missing</source>
        <translation>l&apos;entrée d&apos;audit %1 manque</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2</source>
        <translation>l&apos;entrée d&apos;audit %1 ne suit pas l&apos;entrée %2</translation>
    </message>
    <message>
        <source>this store&apos;s audit trail no longer holds entry %1, which this computer saw on %2: entries were removed</source>
        <translation>la piste d&apos;audit de ce registre ne contient plus l&apos;entrée %1, que cet ordinateur a vue le %2&#xa0;: des entrées ont été supprimées</translation>
    </message>
    <message>
        <source>audit entry %1 is not the one this computer saw on %2: the trail was rewritten</source>
        <translation>l&apos;entrée d&apos;audit %1 n&apos;est pas celle que cet ordinateur a vue le %2&#xa0;: la piste a été réécrite</translation>
    </message>
    <message>
        <source>directory statement %1, which this computer saw on %2, is gone or changed</source>
        <translation>la déclaration d&apos;annuaire %1, que cet ordinateur a vue le %2, a disparu ou a été modifiée</translation>
    </message>
    <message>
        <source>audit entry 1 is missing</source>
        <translation>l&apos;entrée d&apos;audit 1 manque</translation>
    </message>
    <message>
        <source>this store&apos;s audit trail is not whole: %1</source>
        <translation>la piste d&apos;audit de ce registre n&apos;est pas intègre&#xa0;: %1</translation>
    </message>
    <message>
        <source>only an administrator changes the directory</source>
        <translation>seul un administrateur modifie l&apos;annuaire</translation>
    </message>
    <message>
        <source>the certificate of %1 is not one the store&apos;s trust anchors issued, valid today and allowed to sign: %2</source>
        <translation>le certificat de %1 n&apos;est pas un certificat émis par les ancres de confiance du registre, valide ce jour et autorisé à signer&#xa0;: %2</translation>
    </message>
    <message>
        <source>the store needs the organisation&apos;s CA certificate as its trust anchor (the administrator&apos;s identity carries none: give it with --ca)</source>
        <translation>le registre a besoin du certificat de l&apos;AC de l&apos;organisation comme ancre de confiance (l&apos;identité de l&apos;administrateur n&apos;en contient aucun&#xa0;: indiquez-le avec --ca)</translation>
    </message>
    <message>
        <source>this store already has its administrator</source>
        <translation>ce registre a déjà son administrateur</translation>
    </message>
    <message>
        <source>%1 was removed from the directory</source>
        <translation>%1 a été retiré(e) de l&apos;annuaire</translation>
    </message>
    <message>
        <source>%1 already holds this certificate</source>
        <translation>%1 détient déjà ce certificat</translation>
    </message>
    <message>
        <source>cannot renew the certificate of %1: that certificate is already in the directory</source>
        <translation>impossible de renouveler le certificat de %1&#xa0;: ce certificat figure déjà dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>%1 is the store&apos;s last administrator: add another one before removing them</source>
        <translation>%1 est le dernier administrateur du registre&#xa0;: ajoutez-en un autre avant de le retirer</translation>
    </message>
    <message>
        <source>this store&apos;s directory is already signed</source>
        <translation>l&apos;annuaire de ce registre est déjà signé</translation>
    </message>
    <message>
        <source>only an administrator in the directory adopts it</source>
        <translation>seul un administrateur figurant dans l&apos;annuaire l&apos;adopte</translation>
    </message>
    <message>
        <source>the directory entry of %1 is refused: %2</source>
        <translation>l&apos;entrée d&apos;annuaire de %1 est refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>son nom</translation>
    </message>
    <message>
        <source>its role</source>
        <translation>son rôle</translation>
    </message>
    <message>
        <source>the authority it holds</source>
        <translation>l&apos;autorité qu&apos;elle détient</translation>
    </message>
    <message>
        <source>its certificate</source>
        <translation>son certificat</translation>
    </message>
    <message>
        <source>its removal</source>
        <translation>son retrait</translation>
    </message>
    <message>
        <source>the directory entry of %1 is refused: it differs from what the administrators signed (%2)</source>
        <translation>l&apos;entrée d&apos;annuaire de %1 est refusée&#xa0;: elle diffère de ce que les administrateurs ont signé (%2)</translation>
    </message>
    <message>
        <source>the people table holds rows that no administrator added</source>
        <translation>la table des personnes contient des lignes qu&apos;aucun administrateur n&apos;a ajoutées</translation>
    </message>
    <message>
        <source>%1 was removed from the store&apos;s directory</source>
        <translation>%1 a été retiré(e) de l&apos;annuaire du registre</translation>
    </message>
    <message>
        <source>the stored draft is not signed by you: someone else put it in the store</source>
        <translation>le brouillon enregistré n&apos;est pas signé par vous&#xa0;: quelqu&apos;un d&apos;autre l&apos;a placé dans le registre</translation>
    </message>
    <message>
        <source>not a disclosure the audit trail records: %1</source>
        <translation>pas une communication que la piste d&apos;audit enregistre&#xa0;: %1</translation>
    </message>
    <message>
        <source>the acknowledgement held for entretien %1 is not valid: %2</source>
        <translation>l&apos;accusé de réception conservé pour l&apos;entretien %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the receipt held from %1 is not valid: %2</source>
        <translation>l&apos;accusé de réception de %1 conservé n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an authority it was filed or forwarded to</source>
        <translation>%1 n&apos;est pas une autorité à laquelle elle a été remise ou transmise</translation>
    </message>
    <message>
        <source>the audit trail does not record its acknowledgement by %1</source>
        <translation>la piste d&apos;audit n&apos;enregistre pas l&apos;accusé de réception de %1</translation>
    </message>
    <message>
        <source>the manifest is signed by %1 (SHA-256 %2), not by the expected exporter (SHA-256 %3); it says it was exported by &quot;%4&quot;</source>
        <translation>le manifeste est signé par %1 (SHA-256 %2), et non par l&apos;auteur de l&apos;export attendu (SHA-256 %3)&#xa0;; il se dit exporté par «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>audit entry %1 is dated %2, earlier than entry %3 (%4): time went backwards</source>
        <translation>l&apos;entrée d&apos;audit %1 est datée du %2, avant l&apos;entrée %3 (%4)&#xa0;: le temps est revenu en arrière</translation>
    </message>
    <message>
        <source>not an audit checkpoint file</source>
        <translation>ce n&apos;est pas un fichier de point de contrôle d&apos;audit</translation>
    </message>
    <message>
        <source>audit checkpoint version %1 needs a newer Probitas</source>
        <translation>la version %1 du point de contrôle d&apos;audit nécessite une version plus récente de Probitas</translation>
    </message>
    <message>
        <source>the audit checkpoint&apos;s signature does not verify: the file was changed</source>
        <translation>la signature du point de contrôle d&apos;audit n&apos;est pas valide&#xa0;: le fichier a été modifié</translation>
    </message>
    <message>
        <source>the audit checkpoint&apos;s signer (%1) is not trusted: %2</source>
        <translation>le signataire du point de contrôle d&apos;audit (%1) n&apos;est pas reconnu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the audit trail does not verify (%1): no checkpoint is made</source>
        <translation>la piste d&apos;audit n&apos;est pas intègre (%1)&#xa0;: aucun point de contrôle n&apos;est établi</translation>
    </message>
    <message>
        <source>audit entry %1 records the filing of declaration %2, which is not in the store</source>
        <translation>l&apos;entrée d&apos;audit %1 enregistre le dépôt de la déclaration %2, qui n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>audit entry %1 records the filing of declaration %2, whose envelope is not in the store</source>
        <translation>l&apos;entrée d&apos;audit %1 enregistre le dépôt de la déclaration %2, dont l&apos;enveloppe n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>audit entry %1 records a forward of declaration %2 (envelope %3) that is not in the store</source>
        <translation>l&apos;entrée d&apos;audit %1 enregistre une transmission de la déclaration %2 (enveloppe %3) qui n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>audit entry %1 records a receipt for declaration %2 that is not in the store</source>
        <translation>l&apos;entrée d&apos;audit %1 enregistre un accusé de réception de la déclaration %2 qui n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>audit entry %1 records entretien %2, which is not in the store</source>
        <translation>l&apos;entrée d&apos;audit %1 enregistre l&apos;entretien %2, qui n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>audit entry %1 records avis request %2, which is not in the store</source>
        <translation>l&apos;entrée d&apos;audit %1 enregistre la demande d&apos;avis %2, qui n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>audit entry %1 records procedure %2, which is not in the store</source>
        <translation>l&apos;entrée d&apos;audit %1 enregistre la procédure %2, qui n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>audit entry %1 records the destruction of declaration %2, which is not destroyed</source>
        <translation>l&apos;entrée d&apos;audit %1 enregistre la destruction de la déclaration %2, qui n&apos;est pas détruite</translation>
    </message>
    <message>
        <source>declaration %1 has no %2 entry in the audit trail (entries were removed)</source>
        <translation>la déclaration %1 n&apos;a pas d&apos;entrée %2 dans la piste d&apos;audit (des entrées ont été supprimées)</translation>
    </message>
    <message>
        <source>declaration %1 says it was filed at %2, but its %3 entry %4 records %5</source>
        <translation>la déclaration %1 indique avoir été déposée le %2, mais son entrée %3 %4 enregistre %5</translation>
    </message>
    <message>
        <source>declaration %1 is destroyed, but no %2 entry records it</source>
        <translation>la déclaration %1 est détruite, mais aucune entrée %2 ne l&apos;enregistre</translation>
    </message>
    <message>
        <source>the envelope of declaration %1 is not the one its %2 entry recorded (SHA-256)</source>
        <translation>l&apos;enveloppe de la déclaration %1 n&apos;est pas celle qu&apos;a enregistrée son entrée %2 (SHA-256)</translation>
    </message>
    <message>
        <source>the receipt of %1 for declaration %2 has no matching %3 entry in the audit trail</source>
        <translation>l&apos;accusé de réception de %1 pour la déclaration %2 n&apos;a pas d&apos;entrée %3 correspondante dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>entretien %1 has no %2 entry in the audit trail</source>
        <translation>l&apos;entretien %1 n&apos;a pas d&apos;entrée %2 dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>avis request %1 has no %2 entry in the audit trail</source>
        <translation>la demande d&apos;avis %1 n&apos;a pas d&apos;entrée %2 dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>procedure %1 has no %2 entry in the audit trail</source>
        <translation>la procédure %1 n&apos;a pas d&apos;entrée %2 dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>the database server&apos;s clock (%1) is behind the store&apos;s last audit entry (%2, entry %3): nothing is recorded until the server&apos;s clock is set right</source>
        <translation>l&apos;horloge du serveur de base de données (%1) retarde sur la dernière entrée de la piste d&apos;audit du registre (%2, entrée %3)&#xa0;: rien n&apos;est enregistré tant que l&apos;horloge du serveur n&apos;a pas été remise à l&apos;heure</translation>
    </message>
    <message>
        <source>this computer&apos;s clock (%1) is behind the store&apos;s last audit entry (%2, entry %3): nothing is recorded until this computer&apos;s clock is set right</source>
        <translation>l&apos;horloge de cet ordinateur (%1) retarde sur la dernière entrée de la piste d&apos;audit du registre (%2, entrée %3)&#xa0;: rien n&apos;est enregistré tant que l&apos;horloge de cet ordinateur n&apos;a pas été remise à l&apos;heure</translation>
    </message>
    <message>
        <source>the database server gave no time</source>
        <translation>le serveur de base de données n&apos;a pas donné l&apos;heure</translation>
    </message>
    <message>
        <source>directory statement %1 states no posting</source>
        <translation>la déclaration d&apos;annuaire %1 n&apos;indique aucune affectation</translation>
    </message>
    <message>
        <source>the declaration cannot be filed: the directory states no official posting for %1. An administrator records it (probitas-cli posting set), or %1 asks for it (probitas-cli posting request, or My obligations in the application)</source>
        <translation>la déclaration ne peut être déposée&#xa0;: l&apos;annuaire n&apos;indique aucune affectation officielle pour %1. Un administrateur l&apos;enregistre (probitas-cli posting set), ou %1 la demande (probitas-cli posting request, ou Mes obligations dans l&apos;application)</translation>
    </message>
    <message>
        <source>the declaration cannot be filed: the situation it declares differs from %1&apos;s official posting in the directory (declared / posting): %2. If the posting has changed, ask the administrator to record it (probitas-cli posting request, or My obligations in the application), then file again</source>
        <translation>la déclaration ne peut être déposée&#xa0;: la situation qu&apos;elle déclare diffère de l&apos;affectation officielle de %1 dans l&apos;annuaire (déclarée / affectation)&#xa0;: %2. Si l&apos;affectation a changé, demandez à l&apos;administrateur de l&apos;enregistrer (probitas-cli posting request, ou Mes obligations dans l&apos;application), puis déposez de nouveau</translation>
    </message>
    <message>
        <source>this posting owes no %1 (%2): nothing to file</source>
        <translation>cette affectation n&apos;appelle aucune %1 (%2)&#xa0;: rien à déposer</translation>
    </message>
    <message>
        <source>its official posting</source>
        <translation>son affectation officielle</translation>
    </message>
    <message>
        <source>%1 is not a magistrate: only a magistrate has an official posting</source>
        <translation>%1 n&apos;est pas magistrat&#xa0;: seul un magistrat a une affectation officielle</translation>
    </message>
    <message>
        <source>%1 already has this official posting</source>
        <translation>%1 a déjà cette affectation officielle</translation>
    </message>
    <message>
        <source>the note to the administrator is limited to %1 characters</source>
        <translation>la note pour l&apos;administrateur est limitée à %1 caractères</translation>
    </message>
    <message>
        <source>the directory already states this posting: there is nothing to request</source>
        <translation>l&apos;annuaire indique déjà cette affectation&#xa0;: il n&apos;y a rien à demander</translation>
    </message>
    <message>
        <source>no posting request %1</source>
        <translation>aucune demande d&apos;affectation %1</translation>
    </message>
    <message>
        <source>posting request %1 is already %2</source>
        <translation>la demande d&apos;affectation %1 a déjà été traitée (%2)</translation>
    </message>
    <message>
        <source>posting request %1 is not the one %2 signed: it cannot be granted</source>
        <translation>la demande d&apos;affectation %1 n&apos;est pas celle que %2 a signée&#xa0;: elle ne peut être accordée</translation>
    </message>
    <message>
        <source>a rejection says why</source>
        <translation>un rejet doit être motivé</translation>
    </message>
    <message>
        <source>the reason is limited to %1 characters</source>
        <translation>le motif est limité à %1 caractères</translation>
    </message>
    <message>
        <source>directory statement %1 gives %2 the certificate of %3 (SHA-256 %4): a certificate belongs to one person</source>
        <translation>la déclaration d&apos;annuaire %1 attribue à %2 le certificat de %3 (SHA-256 %4)&#xa0;: un certificat n&apos;appartient qu&apos;à une personne</translation>
    </message>
    <message>
        <source>%1 holds no directory signed by an administrator (no &quot;%2&quot; statement): who held which certificate cannot be checked</source>
        <translation>%1 ne contient aucun annuaire signé par un administrateur (aucune déclaration «&#xa0;%2&#xa0;»)&#xa0;: qui détenait quel certificat ne peut être vérifié</translation>
    </message>
    <message>
        <source>%1: the directory its statements make is not valid: %2</source>
        <translation>%1&#xa0;: l&apos;annuaire que forment ses déclarations n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the store&apos;s trust anchor %1 (SHA-256 %2), which its directory statements name, is not the CA given nor issued by it</source>
        <translation>l&apos;ancre de confiance du registre %1 (SHA-256 %2), que nomment ses déclarations d&apos;annuaire, n&apos;est ni l&apos;AC indiquée ni émise par elle</translation>
    </message>
    <message>
        <source>%1: %2 (in the name of %3)</source>
        <translation>%1&#xa0;: %2 (au nom de %3)</translation>
    </message>
    <message>
        <source>the manifest is signed by %1 (SHA-256 %2), not with the certificate the directory gives %3, whose export the audit trail records</source>
        <translation>le manifeste est signé par %1 (SHA-256 %2), et non avec le certificat que l&apos;annuaire attribue à %3, dont la piste d&apos;audit enregistre l&apos;export</translation>
    </message>
    <message>
        <source>the bundle was exported by %1, who is not an auditor or an administrator in the directory at entry %2</source>
        <translation>le dossier de contrôle a été exporté par %1, qui n&apos;est ni auditeur ni administrateur dans l&apos;annuaire à l&apos;entrée %2</translation>
    </message>
    <message>
        <source>%1 says it was exported by &quot;%2&quot;, but the directory names its exporter %3</source>
        <translation>%1 indique un export par «&#xa0;%2&#xa0;», mais l&apos;annuaire nomme son exportateur %3</translation>
    </message>
    <message>
        <source>%1: entry %2 is signed by %3 with a certificate the store&apos;s trust anchors did not issue</source>
        <translation>%1&#xa0;: l&apos;entrée %2 est signée par %3 avec un certificat que les ancres de confiance du registre n&apos;ont pas émis</translation>
    </message>
    <message>
        <source>%1 names %2, whom no directory statement adds</source>
        <translation>%1 nomme %2, qu&apos;aucune déclaration d&apos;annuaire n&apos;ajoute</translation>
    </message>
    <message>
        <source>%1: the entry of %2 differs from what the administrators signed (%3)</source>
        <translation>%1&#xa0;: l&apos;entrée de %2 diffère de ce qu&apos;ont signé les administrateurs (%3)</translation>
    </message>
    <message>
        <source>%1: the authority or the declarant is not in the directory</source>
        <translation>%1&#xa0;: l&apos;autorité ou le déclarant n&apos;est pas dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>declaration %1 has an unknown status in the store: &quot;%2&quot;</source>
        <translation>la déclaration %1 a un statut inconnu dans le registre&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>entretien %1 has an unknown status in the store: &quot;%2&quot;</source>
        <translation>l&apos;entretien %1 a un statut inconnu dans le registre&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>entretien %1 has an unknown invitation state in the store: &quot;%2&quot;</source>
        <translation>l&apos;entretien %1 a un état d&apos;invitation inconnu dans le registre&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>avis request %1 has an unknown status in the store: &quot;%2&quot;</source>
        <translation>la demande d&apos;avis %1 a un statut inconnu dans le registre&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the bundle&apos;s directory is anchored by %1 (SHA-256 %2), not by the store&apos;s first administrator given: it is not this store&apos;s directory</source>
        <translation>l&apos;annuaire du dossier de contrôle est ancré par %1 (SHA-256 %2), et non par le premier administrateur du registre indiqué&#xa0;: ce n&apos;est pas l&apos;annuaire de ce registre</translation>
    </message>
    <message>
        <source>envelope %1, forwarded from declaration %2, has no %3 or %4 entry in the audit trail</source>
        <translation>l&apos;enveloppe %1, transmise depuis la déclaration %2, n&apos;a pas d&apos;entrée %3 ou %4 dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>the directory statement %1 is not in the audit trail</source>
        <translation>la déclaration d&apos;annuaire %1 ne figure pas dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>this former identity is not a certificate the directory says %1 held before the current one</source>
        <translation>cette ancienne identité n&apos;est pas un certificat que, selon l&apos;annuaire, %1 détenait avant l&apos;actuel</translation>
    </message>
    <message>
        <source>audit entry %1, the newest filing of a magistrate, is not what its signer signed (%2)</source>
        <translation>l&apos;entrée d&apos;audit %1, le dernier dépôt d&apos;un magistrat, n&apos;est pas ce que son signataire a signé (%2)</translation>
    </message>
    <message>
        <source>the audit trail does not record this document (no %1 entry names it)</source>
        <translation>la piste d&apos;audit n&apos;enregistre pas ce document (aucune entrée %1 ne le désigne)</translation>
    </message>
    <message>
        <source>the store URL has a setting Probitas does not take: %1 (it takes sslmode, sslrootcert, sslcert and sslkey)</source>
        <translation>l&apos;URL du registre porte un paramètre que Probitas n&apos;accepte pas&#xa0;: %1 (il accepte sslmode, sslrootcert, sslcert et sslkey)</translation>
    </message>
    <message>
        <source>the store at %1 is not on this computer: connect with TLS and the server&apos;s certificate verified, adding ?sslmode=verify-full&amp;sslrootcert=CA.pem to the URL (sslmode=%2 would not check which server answers)</source>
        <translation>le registre de %1 n&apos;est pas sur cet ordinateur&#xa0;: connectez-vous en TLS avec le certificat du serveur vérifié, en ajoutant&#xa0;?sslmode=verify-full&amp;sslrootcert=CA.pem à l&apos;URL (sslmode=%2 ne vérifierait pas quel serveur répond)</translation>
    </message>
    <message>
        <source>audit entry %1, the filing of declaration %2, is not what its declarant signed%3</source>
        <translation>l&apos;entrée d&apos;audit %1, le dépôt de la déclaration %2, n&apos;est pas ce que son déclarant a signé%3</translation>
    </message>
    <message>
        <source>audit entry %1, which records the document, is not what its writer signed</source>
        <translation>l&apos;entrée d&apos;audit %1, qui enregistre le document, n&apos;est pas ce que son auteur a signé</translation>
    </message>
    <message>
        <source>the database server refused this: %1</source>
        <translation>le serveur de base de données a refusé ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database of a server store is named with lowercase letters, digits and _ (a letter first, 41 at most): %1 is not</source>
        <translation>la base d&apos;un registre serveur se nomme en lettres minuscules, chiffres et _ (une lettre d&apos;abord, 41 au plus)&#xa0;: %1 ne l&apos;est pas</translation>
    </message>
    <message>
        <source>server setup is for a PostgreSQL store (postgresql://...), not %1</source>
        <translation>la mise en place d&apos;un serveur concerne un registre PostgreSQL (postgresql://...), pas %1</translation>
    </message>
    <message>
        <source>%1 is not a login name (lowercase letters, digits, _ . -; a letter first)</source>
        <translation>%1 n&apos;est pas un nom de connexion (lettres minuscules, chiffres, _ . -&#xa0;; une lettre d&apos;abord)</translation>
    </message>
    <message>
        <source>%1 already holds a store made without server setup (in its public schema): copy it into a new database with pg_dump and set that one up (docs/deployment.md)</source>
        <translation>%1 contient déjà un registre créé sans mise en place serveur (dans son schéma public)&#xa0;: copiez-le dans une nouvelle base avec pg_dump et mettez celle-ci en place (docs/deployment.md)</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and this Probitas needs version %3: the database&apos;s administrator upgrades it with probitas-cli server setup</source>
        <translation>%1 a un schéma en version %2 et ce Probitas a besoin de la version %3&#xa0;: l&apos;administrateur de la base de données le met à jour avec probitas-cli server setup</translation>
    </message>
    <message>
        <source>the draft to store is not signed by you: someone else sealed it</source>
        <translation>le brouillon à enregistrer n&apos;est pas signé par vous&#xa0;: quelqu&apos;un d&apos;autre l&apos;a scellé</translation>
    </message>
    <message>
        <source>the store&apos;s server is a read-only standby: it reads and verifies but takes no change until it is promoted; connect to the primary server</source>
        <translation>le serveur du registre est un serveur de secours en lecture seule&#xa0;: il lit et vérifie, mais n&apos;accepte aucune modification tant qu&apos;il n&apos;est pas promu&#xa0;; connectez-vous au serveur principal</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder for the client certificate</source>
        <translation>impossible de créer un dossier temporaire privé pour le certificat client</translation>
    </message>
    <message>
        <source>cannot write the client certificate in a private temporary folder</source>
        <translation>impossible d&apos;écrire le certificat client dans un dossier temporaire privé</translation>
    </message>
    <message>
        <source>log in with either your identity&apos;s certificate or the URL&apos;s sslcert and sslkey, not both</source>
        <translation>connectez-vous soit avec le certificat de votre identité, soit avec les sslcert et sslkey de l&apos;URL, pas les deux</translation>
    </message>
    <message>
        <source>logging in with your identity&apos;s certificate needs TLS with the server&apos;s certificate verified: add ?sslmode=verify-full&amp;sslrootcert=CA.pem to the URL</source>
        <translation>la connexion avec le certificat de votre identité exige TLS avec le certificat du serveur vérifié&#xa0;: ajoutez&#xa0;?sslmode=verify-full&amp;sslrootcert=CA.pem à l&apos;URL</translation>
    </message>
    <message>
        <source>the draft is not signed by you: someone else sealed it</source>
        <translation>le brouillon n&apos;est pas signé par vous&#xa0;: quelqu&apos;un d&apos;autre l&apos;a scellé</translation>
    </message>
    <message>
        <source>the store holds another draft (saved %1) than the one this draft (saved %2) continues: it is left as it is</source>
        <translation>le registre contient un autre brouillon (enregistré le %1) que celui que ce brouillon (enregistré le %2) prolonge&#xa0;: il est laissé tel quel</translation>
    </message>
    <message>
        <source>the store holds a newer draft (saved %1) than this one (saved %2): it is left as it is</source>
        <translation>le registre contient un brouillon plus récent (enregistré le %1) que celui-ci (enregistré le %2)&#xa0;: il est laissé tel quel</translation>
    </message>
    <message>
        <source>%1 and %2 have certificates with the same subject (%3): the server could not tell them apart, and either could log in as the other; have the CA issue certificates whose subjects differ</source>
        <translation>%1 et %2 ont des certificats de même sujet (%3)&#xa0;: le serveur ne pourrait pas les distinguer, et chacun pourrait se connecter comme l&apos;autre&#xa0;; faites émettre par l&apos;AC des certificats dont les sujets diffèrent</translation>
    </message>
    <message>
        <source>the directory entry of %1 is missing from the people table, though the administrators&apos; statements name them</source>
        <translation>l&apos;entrée d&apos;annuaire de %1 manque dans la table des personnes, alors que les déclarations des administrateurs la nomment</translation>
    </message>
    <message>
        <source>the newest declaration of %1, filed at %2, has no &quot;file&quot; entry of theirs in the audit trail from that time on: its entry was removed or changed</source>
        <translation>la déclaration la plus récente de %1, déposée le %2, n&apos;a aucune entrée «&#xa0;file&#xa0;» de sa part dans la piste d&apos;audit à partir de ce moment&#xa0;: son entrée a été supprimée ou modifiée</translation>
    </message>
    <message>
        <source>%1: cannot write what this computer verified</source>
        <translation>%1&#xa0;: impossible d&apos;écrire ce que cet ordinateur a vérifié</translation>
    </message>
    <message>
        <source>the server asks for a password and none was given (PGPASSWORD, ~/.pgpass, or typed)</source>
        <translation>le serveur demande un mot de passe et aucun n&apos;a été donné (PGPASSWORD, ~/.pgpass, ou saisi)</translation>
    </message>
    <message>
        <source>it rejected the client certificate (%1)</source>
        <translation>il a rejeté le certificat client (%1)</translation>
    </message>
    <message>
        <source>the database server refused the login as %1 at %2: %3</source>
        <translation>le serveur de base de données a refusé la connexion en tant que %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the database server refused the login as %1 with the certificate %2 at %3: %4</source>
        <translation>le serveur de base de données a refusé la connexion en tant que %1 avec le certificat %2 à %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>audit entry %1 records act %2 of HATVP control %3, which is not in the store</source>
        <translation>l&apos;entrée d&apos;audit %1 enregistre l&apos;acte %2 du contrôle HATVP %3, qui n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>act %1 of a HATVP control has no entry in the audit trail</source>
        <translation>l&apos;acte %1 d&apos;un contrôle HATVP n&apos;a pas d&apos;entrée dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>HATVP control %1 has no entry in the audit trail</source>
        <translation>le contrôle HATVP %1 n&apos;a pas d&apos;entrée dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>control %1 is not what its audit trail records: %2</source>
        <translation>le contrôle %1 n&apos;est pas ce que sa piste d&apos;audit enregistre&#xa0;: %2</translation>
    </message>
    <message>
        <source>an act of a control needs its text</source>
        <translation>un acte de contrôle doit avoir un texte</translation>
    </message>
    <message>
        <source>an act of a control holds at most %1 characters</source>
        <translation>un acte de contrôle compte au plus %1 caractères</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>issue inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>audit entry %1: %2</source>
        <translation>entrée d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>audit entry %1 records another control</source>
        <translation>l&apos;entrée d&apos;audit %1 enregistre un autre contrôle</translation>
    </message>
    <message>
        <source>no entry records its acts</source>
        <translation>aucune entrée n&apos;enregistre ses actes</translation>
    </message>
    <message>
        <source>its controller, receipt or deadline</source>
        <translation>son contrôleur, sa réception ou son échéance</translation>
    </message>
    <message>
        <source>%1 is not the HATVP</source>
        <translation>%1 n&apos;est pas la HATVP</translation>
    </message>
    <message>
        <source>act %1 has no audit entry</source>
        <translation>l&apos;acte %1 n&apos;a pas d&apos;entrée d&apos;audit</translation>
    </message>
    <message>
        <source>act %1</source>
        <translation>l&apos;acte %1</translation>
    </message>
    <message>
        <source>act %1 is not the one its author signed</source>
        <translation>l&apos;acte %1 n&apos;est pas celui que son auteur a signé</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>la réponse %1</translation>
    </message>
    <message>
        <source>an act its trail records is missing</source>
        <translation>un acte que sa piste enregistre manque</translation>
    </message>
    <message>
        <source>its status or outcome</source>
        <translation>son statut ou son issue</translation>
    </message>
    <message>
        <source>no control %1 in the store</source>
        <translation>aucun contrôle %1 dans le registre</translation>
    </message>
    <message>
        <source>the control of declaration %1 is %2</source>
        <translation>le contrôle de la déclaration %1 est %2</translation>
    </message>
    <message>
        <source>no request for explanation of this control is left unanswered</source>
        <translation>aucune demande d&apos;explications de ce contrôle n&apos;est restée sans réponse</translation>
    </message>
    <message>
        <source>the file goes to the parquet only once the declarant was asked for her explanations</source>
        <translation>le dossier n&apos;est transmis au parquet qu&apos;après que le déclarant a été invité à s&apos;expliquer</translation>
    </message>
    <message>
        <source>the garde des sceaux is seized only once an injonction&apos;s month has run out unanswered</source>
        <translation>le garde des sceaux n&apos;est saisi qu&apos;une fois expiré sans réponse le délai d&apos;un mois d&apos;une injonction</translation>
    </message>
    <message>
        <source>a member of the Conseil constitutionnel is not a magistrate: the garde des sceaux is not seized (ord. 58-1067 art. 3-2 VI)</source>
        <translation>un membre du Conseil constitutionnel n&apos;est pas un magistrat&#xa0;: le garde des sceaux n&apos;est pas saisi (ord. 58-1067 art. 3-2 VI)</translation>
    </message>
    <message>
        <source>declaration %1 is destroyed</source>
        <translation>la déclaration %1 est détruite</translation>
    </message>
    <message>
        <source>no act %1 of a control in the store</source>
        <translation>aucun acte de contrôle %1 dans le registre</translation>
    </message>
    <message>
        <source>act %1 is not a request for explanation or an injonction</source>
        <translation>l&apos;acte %1 n&apos;est ni une demande d&apos;explications ni une injonction</translation>
    </message>
    <message>
        <source>act %1 is already answered</source>
        <translation>l&apos;acte %1 a déjà reçu une réponse</translation>
    </message>
    <message>
        <source>the control is %1</source>
        <translation>le contrôle est %1</translation>
    </message>
    <message>
        <source>control %1 was concluded meanwhile</source>
        <translation>le contrôle %1 a été clos entre-temps</translation>
    </message>
    <message>
        <source>act %1 is not signed by its author</source>
        <translation>l&apos;acte %1 n&apos;est pas signé par son auteur</translation>
    </message>
    <message>
        <source>act %1 holds another act&apos;s document</source>
        <translation>l&apos;acte %1 contient le document d&apos;un autre acte</translation>
    </message>
    <message>
        <source>declaration %1 is not what its declarant filed: its kind, event, recipients or filing time differ from the signed entry of the audit trail</source>
        <translation>la déclaration %1 n&apos;est pas celle que son déclarant a déposée&#xa0;: sa nature, son événement, ses destinataires ou son heure de dépôt diffèrent de l&apos;entrée signée de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>directory statement %1 states the regime &quot;%2&quot;, which this Probitas does not know</source>
        <translation>la déclaration d&apos;annuaire %1 énonce le régime «&#xa0;%2&#xa0;», que cette version de Probitas ne connaît pas</translation>
    </message>
    <message>
        <source>directory statement %1 changes the regime from &quot;%2&quot;, but the regime in force was &quot;%3&quot;</source>
        <translation>la déclaration d&apos;annuaire %1 change le régime «&#xa0;%2&#xa0;», mais le régime en vigueur était «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>unknown regime &quot;%1&quot; (known: %2)</source>
        <translation>régime inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no regime given</source>
        <translation>aucun régime indiqué</translation>
    </message>
    <message>
        <source>the store&apos;s regime is already %1</source>
        <translation>le régime du registre est déjà %1</translation>
    </message>
    <message>
        <source>the text this store applies, Probitas&apos;s default</source>
        <translation>le texte que ce registre applique, celui de Probitas par défaut</translation>
    </message>
    <message>
        <source>the text this store applies, as its administrator stated it on %1</source>
        <translation>le texte que ce registre applique, tel que son administrateur l&apos;a énoncé le %1</translation>
    </message>
    <message>
        <source>the directory states no official posting for %1: an administrator records it (probitas-cli posting set), or %1 asks for it (probitas-cli posting request)</source>
        <translation>l&apos;annuaire n&apos;indique aucune affectation officielle pour %1&#xa0;: un administrateur l&apos;enregistre (probitas-cli posting set), ou %1 la demande (probitas-cli posting request)</translation>
    </message>
    <message>
        <source>control %1 has an unknown status in the store: &quot;%2&quot;</source>
        <translation>le contrôle %1 a un statut inconnu dans le registre&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>declaration %1 does not match its %2 entry %3 (declarant, kind, event or recipients changed)</source>
        <translation>la déclaration %1 ne correspond pas à son entrée %2 %3 (déclarant, nature, événement ou destinataires modifiés)</translation>
    </message>
    <message>
        <source>the envelope of declaration %1 sealed for %2 does not repeat the declaration&apos;s declarant, kind, event, recipients or filing time (changed by hand)</source>
        <translation>l&apos;enveloppe de la déclaration %1 scellée pour %2 ne reprend pas le déclarant, la nature, l&apos;événement, les destinataires ou l&apos;heure de dépôt de la déclaration (modifiés à la main)</translation>
    </message>
    <message>
        <source>declaration %1 is not what its declarant filed: the copy of its kind, event or recipients beside its envelope is not a declaration&apos;s (run audit verify)</source>
        <translation>la déclaration %1 n&apos;est pas celle que son déclarant a déposée&#xa0;: la copie de sa nature, de son événement ou de ses destinataires à côté de son enveloppe n&apos;est celle d&apos;aucune déclaration (lancez audit verify)</translation>
    </message>
    <message>
        <source>audit entry %1 changed or was removed while the trail was verified</source>
        <translation>l&apos;entrée d&apos;audit %1 a été modifiée ou supprimée pendant la vérification de la piste</translation>
    </message>
    <message>
        <source>not a reminder the audit trail records</source>
        <translation>ce n&apos;est pas une relance que la piste d&apos;audit enregistre</translation>
    </message>
    <message>
        <source>%1 is not a Probitas store but another program&apos;s database: Probitas leaves it untouched</source>
        <translation>%1 n&apos;est pas un registre Probitas mais la base de données d&apos;un autre programme&#xa0;: Probitas n&apos;y touche pas</translation>
    </message>
    <message>
        <source>no store at %1: probitas-cli init --store %1 makes one</source>
        <translation>aucun registre à %1&#xa0;: probitas-cli init --store %1 en crée un</translation>
    </message>
    <message>
        <source>the store is read-only (read-only media, or a file this login may not write): it lists and verifies but takes no change, nor an opening, which its audit trail must record</source>
        <translation>le registre est en lecture seule (support en lecture seule, ou fichier que cet utilisateur ne peut pas modifier)&#xa0;: il se liste et se vérifie mais ne prend aucune modification, ni une ouverture, que son journal d&apos;audit doit consigner</translation>
    </message>
    <message>
        <source>the envelope of declaration %1 in the store is not the one audit entry %2 records: its bytes were changed after it was written</source>
        <translation>l&apos;enveloppe de la déclaration %1 dans le registre n&apos;est pas celle que consigne l&apos;entrée d&apos;audit %2&#xa0;: ses octets ont été modifiés après son écriture</translation>
    </message>
    <message>
        <source>audit entry %1, which made a copy of declaration %2, is not what its actor signed (%3)</source>
        <translation>l&apos;entrée d&apos;audit %1, qui a fait une copie de la déclaration %2, n&apos;est pas ce que son auteur a signé (%3)</translation>
    </message>
    <message>
        <source>no signed audit entry made the copy %1 of declaration %2</source>
        <translation>aucune entrée d&apos;audit signée n&apos;a fait la copie %1 de la déclaration %2</translation>
    </message>
    <message>
        <source>the disk holding the store is full: nothing was changed; free some space and try again</source>
        <translation>le disque qui porte le registre est plein&#xa0;: rien n&apos;a été modifié&#xa0;; libérez de la place et réessayez</translation>
    </message>
    <message>
        <source>the disk holding the store failed a read or a write (full, removed or damaged?): nothing was changed (%1)</source>
        <translation>le disque qui porte le registre a échoué à une lecture ou une écriture (plein, retiré ou endommagé&#xa0;?)&#xa0;: rien n&apos;a été modifié (%1)</translation>
    </message>
</context>
</TS>
