import type { SeedLegal } from '@/seed/types'

export const seedLegal: SeedLegal = {
  it: {
    title: 'Avviso legale e condizioni generali di utilizzo',
    body: [
      { type: 'h2', text: 'Editore' },
      {
        type: 'p',
        text: "Il sito DinoGeek è pubblicato da DinoGeek Editions (società fittizia), 1 rue de l'Exemple, 75000 Paris, Francia. Direttore della pubblicazione: la redazione di DinoGeek. Contatto: dino@example.com.",
      },
      { type: 'h2', text: 'Hosting' },
      {
        type: 'p',
        text: "Il sito è ospitato da Example Hosting (fornitore fittizio), 2 avenue du Serveur, 69000 Lyon, Francia. Accedendo al sito accetti le presenti condizioni generali di utilizzo.",
      },
      { type: 'h2', text: 'Proprietà intellettuale' },
      {
        type: 'p',
        text: "Gli articoli pubblicati su DinoGeek sono opere originali della redazione e sono protetti dal diritto d'autore. Qualsiasi riproduzione integrale senza autorizzazione è vietata. Gli estratti di fonti esterne sono riportati nei limiti del diritto di citazione: brevi, accompagnati dall'indicazione dell'autore e della fonte, e utilizzati a fini di informazione e di analisi.",
      },
      { type: 'h2', text: 'Citazioni e fonti' },
      {
        type: 'p',
        text: "Ogni articolo si basa su fonti scelte dalla redazione per la loro affidabilità: articoli scientifici, libri, norme tecniche, documentazione ufficiale e rapporti. Le fonti sono elencate alla fine di ogni articolo.",
      },
      {
        type: 'ul',
        items: [
          "Per proporre una fonte, usa il modulo di richiesta di citazione presente in ogni articolo.",
          "Ogni richiesta viene esaminata dalla redazione, che decide liberamente se aggiungere o meno la fonte.",
          "Nessun pagamento permette di ottenere una citazione: le fonti non sono in vendita.",
        ],
      },
      { type: 'h2', text: 'Dati personali' },
      {
        type: 'p',
        text: "Il modulo di richiesta di citazione registra il tuo nome, il tuo indirizzo e-mail, l'URL proposto e il tuo messaggio, al solo scopo di gestire la richiesta. Questi dati sono conservati per 12 mesi e non vengono mai ceduti a terzi.",
      },
      {
        type: 'ul',
        items: [
          "Ai sensi del GDPR hai diritto di accesso, rettifica e cancellazione dei tuoi dati: basta scrivere a dino@example.com.",
          "Il sito non utilizza cookie di tracciamento né strumenti di profilazione pubblicitaria.",
          "Un solo cookie tecnico memorizza la lingua che hai scelto, per mostrarti il sito nella tua lingua alle visite successive.",
        ],
      },
      { type: 'h2', text: 'Responsabilità' },
      {
        type: 'p',
        text: "Le informazioni pubblicate su DinoGeek sono fornite così come sono, a scopo informativo, senza alcuna garanzia di completezza o di aggiornamento. Prima di prendere decisioni, verifica sempre le fonti primarie. DinoGeek Editions non può essere ritenuta responsabile dell'uso fatto di tali informazioni né del contenuto dei siti esterni a cui rimandano i link.",
      },
      { type: 'h2', text: 'Legge applicabile' },
      {
        type: 'p',
        text: "Le presenti condizioni sono disciplinate dal diritto francese. In caso di controversia, e in assenza di una soluzione amichevole, sono competenti i tribunali francesi, fatte salve le disposizioni imperative a tutela dei consumatori.",
      },
    ],
  },
  fr: {
    title: "Mentions légales et conditions générales d'utilisation",
    body: [
      { type: 'h2', text: 'Éditeur' },
      {
        type: 'p',
        text: "Le site DinoGeek est édité par DinoGeek Editions (société fictive), 1 rue de l'Exemple, 75000 Paris, France. Directeur de la publication : la rédaction de DinoGeek. Contact : dino@example.com.",
      },
      { type: 'h2', text: 'Hébergement' },
      {
        type: 'p',
        text: "Le site est hébergé par Example Hosting (hébergeur fictif), 2 avenue du Serveur, 69000 Lyon, France. En accédant au site, vous acceptez les présentes conditions générales d'utilisation.",
      },
      { type: 'h2', text: 'Propriété intellectuelle' },
      {
        type: 'p',
        text: "Les articles publiés sur DinoGeek sont des œuvres originales de la rédaction, protégées par le droit d'auteur. Toute reproduction intégrale sans autorisation est interdite. Les extraits de sources extérieures sont reproduits dans les limites du droit de courte citation : ils sont brefs, accompagnés du nom de l'auteur et de la source, et utilisés à des fins d'information et d'analyse.",
      },
      { type: 'h2', text: 'Citations et sources' },
      {
        type: 'p',
        text: "Chaque article s'appuie sur des sources choisies par la rédaction pour leur fiabilité : articles scientifiques, livres, normes techniques, documentations officielles et rapports. Les sources sont listées à la fin de chaque article.",
      },
      {
        type: 'ul',
        items: [
          "Pour proposer une source, utilisez le formulaire de demande de citation présent sur chaque article.",
          "Chaque demande est examinée par la rédaction, qui décide librement d'ajouter ou non la source.",
          "Aucun paiement ne permet d'obtenir une citation : les sources ne sont pas à vendre.",
        ],
      },
      { type: 'h2', text: 'Données personnelles' },
      {
        type: 'p',
        text: "Le formulaire de demande de citation enregistre votre nom, votre adresse e-mail, l'URL proposée et votre message, uniquement pour traiter votre demande. Ces données sont conservées 12 mois et ne sont jamais cédées à des tiers.",
      },
      {
        type: 'ul',
        items: [
          "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données : il suffit d'écrire à dino@example.com.",
          "Le site n'utilise aucun cookie de suivi ni aucun outil de profilage publicitaire.",
          "Un seul cookie technique mémorise la langue que vous avez choisie, afin d'afficher le site dans votre langue lors de vos prochaines visites.",
        ],
      },
      { type: 'h2', text: 'Responsabilité' },
      {
        type: 'p',
        text: "Les informations publiées sur DinoGeek sont fournies telles quelles, à titre informatif, sans garantie d'exhaustivité ni de mise à jour. Avant toute décision, vérifiez toujours les sources primaires. DinoGeek Editions ne saurait être tenue responsable de l'usage fait de ces informations ni du contenu des sites extérieurs vers lesquels pointent les liens.",
      },
      { type: 'h2', text: 'Droit applicable' },
      {
        type: 'p',
        text: "Les présentes conditions sont régies par le droit français. En cas de litige, et à défaut de solution amiable, les tribunaux français sont compétents, sous réserve des dispositions impératives protégeant les consommateurs.",
      },
    ],
  },
  en: {
    title: 'Legal notice and terms of use',
    body: [
      { type: 'h2', text: 'Publisher' },
      {
        type: 'p',
        text: "The DinoGeek website is published by DinoGeek Editions (a fictional company), 1 rue de l'Exemple, 75000 Paris, France. Publication director: the DinoGeek editorial team. Contact: dino@example.com.",
      },
      { type: 'h2', text: 'Hosting' },
      {
        type: 'p',
        text: 'The website is hosted by Example Hosting (a fictional provider), 2 avenue du Serveur, 69000 Lyon, France. By accessing the website, you accept these terms of use.',
      },
      { type: 'h2', text: 'Intellectual property' },
      {
        type: 'p',
        text: 'The articles published on DinoGeek are original works by the editorial team and are protected by copyright. Reproducing them in full without permission is prohibited. Excerpts from external sources are reproduced within the limits of the right of quotation: they are short, credited to their author and source, and used for information and analysis.',
      },
      { type: 'h2', text: 'Citations and sources' },
      {
        type: 'p',
        text: 'Every article relies on sources chosen by the editorial team for their reliability: scientific papers, books, technical standards, official documentation and reports. Sources are listed at the end of each article.',
      },
      {
        type: 'ul',
        items: [
          'To suggest a source, use the citation request form available on every article.',
          'Every request is reviewed by the editors, who decide freely whether or not to add the source.',
          'No payment can buy a citation: sources are not for sale.',
        ],
      },
      { type: 'h2', text: 'Personal data' },
      {
        type: 'p',
        text: 'The citation request form stores your name, your e-mail address, the proposed URL and your message, solely to handle your request. This data is kept for 12 months and is never shared with third parties.',
      },
      {
        type: 'ul',
        items: [
          'Under the GDPR, you have the right to access, rectify and erase your data: just write to dino@example.com.',
          'The website uses no tracking cookies and no advertising profiling tools.',
          'A single technical cookie remembers the language you chose, so the website is shown in your language on later visits.',
        ],
      },
      { type: 'h2', text: 'Liability' },
      {
        type: 'p',
        text: 'The information published on DinoGeek is provided as is, for information purposes only, with no guarantee that it is complete or up to date. Always check the primary sources before making any decision. DinoGeek Editions cannot be held liable for any use made of this information, nor for the content of external websites that links point to.',
      },
      { type: 'h2', text: 'Applicable law' },
      {
        type: 'p',
        text: 'These terms are governed by French law. In the event of a dispute, and failing an amicable settlement, the French courts have jurisdiction, subject to mandatory consumer protection rules.',
      },
    ],
  },
}
