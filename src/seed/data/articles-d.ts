import type { SeedArticle } from '@/seed/types'
import { text } from './articleText'

/**
 * Demo articles, batch D: TLS, HSTS, HTTP caching, DNSSEC and SMTP. Italian is the source
 * text; French and English are translations of it. `[n]` cites the n-th entry of `sources`.
 */
export const articlesD: SeedArticle[] = [
  // ------------------------------------------------------------------ HTTPS: TLS 1.3 handshake
  {
    key: 'tls13-handshake',
    topic: 'https',
    sources: ['rfc8446', 'rfc9110'],
    publishedAt: '2026-04-08T08:15:00.000Z',
    updatedAt: '2026-11-12T10:05:00.000Z',
    content: {
      it: text({
        title: 'Che cosa succede durante un handshake TLS 1.3?',
        body: [
          {
            type: 'p',
            text: "Quando il browser apre una pagina `https://`, prima di inviare la richiesta HTTP negozia con il server una connessione TLS. Con TLS 1.3 questa negoziazione richiede un solo viaggio di andata e ritorno, contro i due di TLS 1.2, e cifra gran parte dell'handshake stesso [1].",
          },
          { type: 'h2', text: 'I passaggi' },
          {
            type: 'ol',
            items: [
              'il client invia `ClientHello` con le suite di cifratura che supporta e, già in anticipo, una o più condivisioni di chiave Diffie-Hellman;',
              'il server sceglie, risponde con `ServerHello` e la propria condivisione: da qui entrambi derivano le chiavi;',
              'il server invia, già cifrati, il certificato, una firma che prova il possesso della chiave privata e il messaggio `Finished`;',
              'il client verifica certificato e firma, invia il proprio `Finished` e può subito spedire la richiesta HTTP.',
            ],
          },
          { type: 'h2', text: 'Che cosa è cambiato rispetto a TLS 1.2' },
          {
            type: 'p',
            text: "TLS 1.3 ha eliminato lo scambio di chiavi RSA statico e tutte le suite senza forward secrecy: ogni connessione usa chiavi effimere, per cui rubare in seguito la chiave privata del server non permette di decifrare il traffico registrato [1]. Sono scomparsi anche algoritmi deboli come RC4 e la compressione. Una ripresa di sessione può perfino inviare dati al primo messaggio (0-RTT), al prezzo di poter essere ripetuta da un attaccante: va usata solo per richieste senza effetti, come una `GET` [2].",
          },
        ],
        summary:
          'Client e server si scambiano le condivisioni di chiave già nel primo viaggio, poi il server prova la propria identità con certificato e firma: TLS 1.3 apre la connessione in un solo round trip, sempre con forward secrecy.',
        seoTitle: 'Handshake TLS 1.3: i passaggi e le novità',
        seoDescription:
          'Come TLS 1.3 apre una connessione HTTPS in un solo viaggio di andata e ritorno, che cosa firma il server e perché la forward secrecy è ora obbligatoria.',
      }),
      fr: text({
        title: "Que se passe-t-il pendant une poignée de main TLS 1.3 ?",
        body: [
          {
            type: 'p',
            text: "Quand le navigateur ouvre une page `https://`, il négocie une connexion TLS avec le serveur avant d'envoyer la requête HTTP. Avec TLS 1.3, cette négociation ne demande qu'un aller-retour, contre deux pour TLS 1.2, et chiffre une grande partie de la poignée de main elle-même [1].",
          },
          { type: 'h2', text: 'Les étapes' },
          {
            type: 'ol',
            items: [
              "le client envoie `ClientHello` avec les suites de chiffrement qu'il prend en charge et, par anticipation, un ou plusieurs partages de clé Diffie-Hellman ;",
              'le serveur choisit, répond par `ServerHello` et son propre partage : dès lors, les deux parties dérivent les clés ;',
              'le serveur envoie, déjà chiffrés, son certificat, une signature qui prouve la possession de la clé privée et le message `Finished` ;',
              'le client vérifie certificat et signature, envoie son propre `Finished` et peut aussitôt expédier la requête HTTP.',
            ],
          },
          { type: 'h2', text: 'Ce qui a changé depuis TLS 1.2' },
          {
            type: 'p',
            text: "TLS 1.3 a supprimé l'échange de clés RSA statique et toutes les suites sans confidentialité persistante : chaque connexion utilise des clés éphémères, si bien que voler plus tard la clé privée du serveur ne permet pas de déchiffrer le trafic enregistré [1]. Des algorithmes faibles comme RC4 et la compression ont aussi disparu. Une reprise de session peut même envoyer des données dès le premier message (0-RTT), au prix d'un possible rejeu par un attaquant : à réserver aux requêtes sans effet, comme une `GET` [2].",
          },
        ],
        summary:
          "Client et serveur échangent leurs partages de clé dès le premier aller, puis le serveur prouve son identité par certificat et signature : TLS 1.3 ouvre la connexion en un seul aller-retour, toujours avec confidentialité persistante.",
        seoTitle: 'Poignée de main TLS 1.3 : étapes et nouveautés',
        seoDescription:
          "Comment TLS 1.3 ouvre une connexion HTTPS en un seul aller-retour, ce que signe le serveur et pourquoi la confidentialité persistante est désormais obligatoire.",
      }),
      en: text({
        title: 'What happens during a TLS 1.3 handshake?',
        body: [
          {
            type: 'p',
            text: 'When the browser opens an `https://` page, it negotiates a TLS connection with the server before sending the HTTP request. With TLS 1.3 this negotiation takes a single round trip, against two for TLS 1.2, and encrypts most of the handshake itself [1].',
          },
          { type: 'h2', text: 'The steps' },
          {
            type: 'ol',
            items: [
              'the client sends `ClientHello` with the cipher suites it supports and, ahead of time, one or more Diffie-Hellman key shares;',
              'the server picks one and answers with `ServerHello` and its own share: from here both sides derive the keys;',
              'the server sends, already encrypted, its certificate, a signature proving it holds the private key, and its `Finished` message;',
              'the client checks the certificate and signature, sends its own `Finished` and can send the HTTP request straight away.',
            ],
          },
          { type: 'h2', text: 'What changed since TLS 1.2' },
          {
            type: 'p',
            text: "TLS 1.3 removed static RSA key exchange and every cipher suite without forward secrecy: each connection uses ephemeral keys, so stealing the server's private key later does not decrypt recorded traffic [1]. Weak algorithms such as RC4, and compression, are gone too. A resumed session can even send data with its first message (0-RTT), at the price of possible replay by an attacker: keep it for requests without side effects, such as a `GET` [2].",
          },
        ],
        summary:
          'Client and server exchange key shares in the very first flight, then the server proves its identity with a certificate and a signature: TLS 1.3 opens the connection in one round trip, always with forward secrecy.',
        seoTitle: 'The TLS 1.3 handshake: steps and changes',
        seoDescription:
          'How TLS 1.3 opens an HTTPS connection in a single round trip, what the server signs, and why forward secrecy is now mandatory.',
      }),
    },
  },

  // ------------------------------------------------------------------ HTTPS: HSTS
  {
    key: 'hsts',
    topic: 'https',
    sources: ['rfc6797', 'mdn-hsts'],
    publishedAt: '2026-10-21T09:00:00.000Z',
    content: {
      it: text({
        title: "Che cos'è HSTS e perché un sito HTTPS dovrebbe usarlo?",
        body: [
          {
            type: 'p',
            text: "Anche un sito tutto in HTTPS ha un punto debole: la prima richiesta. Chi digita `esempio.it` nella barra degli indirizzi parte spesso da `http://`, e un attaccante sulla stessa rete può intercettare quella richiesta in chiaro prima del reindirizzamento. HTTP Strict Transport Security chiude questa finestra: il server dichiara che, per un certo tempo, il browser deve contattarlo solo in HTTPS [1].",
          },
          { type: 'h2', text: "L'intestazione" },
          { type: 'code', language: 'text', code: 'Strict-Transport-Security: max-age=31536000; includeSubDomains' },
          {
            type: 'ul',
            items: [
              '`max-age` è la durata in secondi: qui un anno, rinnovato a ogni risposta;',
              '`includeSubDomains` estende la regola a tutti i sottodomini;',
              "l'intestazione conta solo se arriva su una connessione HTTPS valida; su HTTP il browser la ignora [2].",
            ],
          },
          { type: 'h2', text: 'Che cosa cambia per il visitatore' },
          {
            type: 'p',
            text: "Una volta ricevuta la regola, il browser trasforma da sé ogni link `http://` verso quel sito in `https://`, senza passare dalla rete. Inoltre un errore di certificato diventa bloccante: il visitatore non può più cliccare su «procedi comunque» [1]. Per proteggere anche la primissima visita, i browser mantengono un elenco di precaricamento di domini che hanno chiesto di essere sempre in HTTPS. Prima di attivare `includeSubDomains` conviene verificare che nessun sottodominio serva ancora solo HTTP.",
          },
        ],
        summary:
          "HSTS è un'intestazione con cui il sito chiede al browser di usare solo HTTPS per un periodo: elimina la prima richiesta in chiaro e rende bloccanti gli errori di certificato.",
        seoTitle: 'HSTS: che cosa fa e come configurarlo',
        seoDescription:
          "Perché l'intestazione Strict-Transport-Security protegge dalla prima richiesta HTTP in chiaro, che cosa significano max-age e includeSubDomains e a che cosa serve il preload.",
      }),
      fr: text({
        title: "Qu'est-ce que HSTS et pourquoi un site HTTPS devrait-il l'utiliser ?",
        body: [
          {
            type: 'p',
            text: "Même un site entièrement en HTTPS a un point faible : la première requête. Qui tape `exemple.fr` dans la barre d'adresse part souvent de `http://`, et un attaquant sur le même réseau peut intercepter cette requête en clair avant la redirection. HTTP Strict Transport Security ferme cette fenêtre : le serveur déclare que, pendant un certain temps, le navigateur ne doit le contacter qu'en HTTPS [1].",
          },
          { type: 'h2', text: "L'en-tête" },
          { type: 'code', language: 'text', code: 'Strict-Transport-Security: max-age=31536000; includeSubDomains' },
          {
            type: 'ul',
            items: [
              '`max-age` est la durée en secondes : ici un an, renouvelé à chaque réponse ;',
              '`includeSubDomains` étend la règle à tous les sous-domaines ;',
              "l'en-tête ne compte que s'il arrive sur une connexion HTTPS valide ; en HTTP, le navigateur l'ignore [2].",
            ],
          },
          { type: 'h2', text: 'Ce qui change pour le visiteur' },
          {
            type: 'p',
            text: "Une fois la règle reçue, le navigateur transforme de lui-même tout lien `http://` vers ce site en `https://`, sans passer par le réseau. De plus, une erreur de certificat devient bloquante : le visiteur ne peut plus cliquer sur « continuer quand même » [1]. Pour protéger aussi la toute première visite, les navigateurs tiennent une liste de préchargement de domaines qui ont demandé à être toujours en HTTPS. Avant d'activer `includeSubDomains`, mieux vaut vérifier qu'aucun sous-domaine ne sert encore uniquement du HTTP.",
          },
        ],
        summary:
          "HSTS est un en-tête par lequel le site demande au navigateur de n'utiliser que HTTPS pendant une période : il supprime la première requête en clair et rend bloquantes les erreurs de certificat.",
        seoTitle: 'HSTS : rôle et configuration',
        seoDescription:
          "Pourquoi l'en-tête Strict-Transport-Security protège de la première requête HTTP en clair, ce que signifient max-age et includeSubDomains et à quoi sert le préchargement.",
      }),
      en: text({
        title: 'What is HSTS and why should an HTTPS site use it?',
        body: [
          {
            type: 'p',
            text: 'Even a site served entirely over HTTPS has one weak spot: the first request. Someone typing `example.com` into the address bar often starts from `http://`, and an attacker on the same network can intercept that clear-text request before the redirect. HTTP Strict Transport Security closes the gap: the server declares that, for a given time, the browser must only contact it over HTTPS [1].',
          },
          { type: 'h2', text: 'The header' },
          { type: 'code', language: 'text', code: 'Strict-Transport-Security: max-age=31536000; includeSubDomains' },
          {
            type: 'ul',
            items: [
              '`max-age` is the duration in seconds: one year here, renewed with every response;',
              '`includeSubDomains` extends the rule to every subdomain;',
              'the header only counts when it arrives over a valid HTTPS connection; over HTTP the browser ignores it [2].',
            ],
          },
          { type: 'h2', text: 'What changes for the visitor' },
          {
            type: 'p',
            text: 'Once it has the rule, the browser itself rewrites every `http://` link to that site into `https://`, without touching the network. A certificate error also becomes fatal: the visitor can no longer click "proceed anyway" [1]. To protect the very first visit too, browsers ship a preload list of domains that asked to be HTTPS-only. Before turning on `includeSubDomains`, check that no subdomain still serves plain HTTP only.',
          },
        ],
        summary:
          'HSTS is a header with which a site tells the browser to use only HTTPS for a while: it removes the first clear-text request and makes certificate errors impossible to click through.',
        seoTitle: 'HSTS: what it does and how to set it up',
        seoDescription:
          'Why the Strict-Transport-Security header protects against the first clear-text HTTP request, what max-age and includeSubDomains mean, and what preloading is for.',
      }),
    },
  },

  // ------------------------------------------------------------------ HTTP: caching
  {
    key: 'http-caching',
    topic: 'http',
    sources: ['rfc9111', 'rfc9110'],
    publishedAt: '2026-07-07T07:50:00.000Z',
    updatedAt: '2026-09-30T14:20:00.000Z',
    content: {
      it: text({
        title: 'Come funzionano le intestazioni di cache HTTP come Cache-Control ed ETag?',
        body: [
          {
            type: 'p',
            text: "Una cache HTTP, nel browser o in un proxy, conserva le risposte per riusarle senza chiederle di nuovo al server. Due domande guidano ogni riuso: per quanto tempo la copia è fresca, e come verificare se è ancora valida quando non lo è più [1].",
          },
          { type: 'h2', text: 'Freschezza: Cache-Control' },
          {
            type: 'ul',
            items: [
              '`max-age=600`: la risposta si può riusare per dieci minuti senza contattare il server;',
              '`no-cache`: si può conservare, ma va riconvalidata a ogni uso;',
              '`no-store`: non va conservata affatto, per esempio per dati personali;',
              '`private` e `public`: solo il browser dell\'utente, oppure anche le cache condivise.',
            ],
          },
          { type: 'h2', text: 'Validazione: ETag e richieste condizionali' },
          {
            type: 'p',
            text: "Quando la copia è scaduta, la cache non deve per forza riscaricare tutto. Se la risposta portava un `ETag`, un identificatore della versione, la cache lo rimanda in `If-None-Match`; se nulla è cambiato il server risponde `304 Not Modified` senza corpo, e la copia torna fresca [2]. `Last-Modified` con `If-Modified-Since` fa lo stesso con una data, meno precisa.",
          },
          { type: 'code', language: 'text', code: 'GET /logo.svg HTTP/1.1\nIf-None-Match: "v42"\n\nHTTP/1.1 304 Not Modified\nETag: "v42"\nCache-Control: max-age=86400' },
          {
            type: 'p',
            text: "Una pratica diffusa per i file statici è mettere un'impronta del contenuto nel nome del file e servirli con un `max-age` di un anno: quando il file cambia cambia anche il nome, e la cache non serve mai una versione vecchia.",
          },
        ],
        summary:
          "Cache-Control dice per quanto tempo una risposta resta fresca e chi può conservarla; ETag e If-None-Match permettono poi di riconvalidarla con un 304 senza riscaricarla.",
        seoTitle: 'Cache HTTP: Cache-Control, ETag e 304',
        seoDescription:
          'Come Cache-Control stabilisce la freschezza di una risposta, come ETag e le richieste condizionali la riconvalidano e perché i file statici hanno nomi con impronta.',
      }),
      fr: text({
        title: 'Comment fonctionnent les en-têtes de cache HTTP comme Cache-Control et ETag ?',
        body: [
          {
            type: 'p',
            text: "Un cache HTTP, dans le navigateur ou dans un proxy, conserve des réponses pour les réutiliser sans les redemander au serveur. Deux questions guident chaque réutilisation : combien de temps la copie reste fraîche, et comment vérifier qu'elle est toujours valable quand elle ne l'est plus [1].",
          },
          { type: 'h2', text: 'Fraîcheur : Cache-Control' },
          {
            type: 'ul',
            items: [
              '`max-age=600` : la réponse peut être réutilisée dix minutes sans contacter le serveur ;',
              '`no-cache` : elle peut être conservée, mais doit être revalidée à chaque usage ;',
              '`no-store` : elle ne doit pas être conservée du tout, par exemple pour des données personnelles ;',
              "`private` et `public` : seulement le navigateur de l'utilisateur, ou aussi les caches partagés.",
            ],
          },
          { type: 'h2', text: 'Validation : ETag et requêtes conditionnelles' },
          {
            type: 'p',
            text: "Quand la copie a expiré, le cache n'a pas forcément à tout retélécharger. Si la réponse portait un `ETag`, un identifiant de version, le cache le renvoie dans `If-None-Match` ; si rien n'a changé, le serveur répond `304 Not Modified` sans corps, et la copie redevient fraîche [2]. `Last-Modified` avec `If-Modified-Since` fait de même avec une date, moins précise.",
          },
          { type: 'code', language: 'text', code: 'GET /logo.svg HTTP/1.1\nIf-None-Match: "v42"\n\nHTTP/1.1 304 Not Modified\nETag: "v42"\nCache-Control: max-age=86400' },
          {
            type: 'p',
            text: "Une pratique courante pour les fichiers statiques consiste à mettre une empreinte du contenu dans le nom du fichier et à les servir avec un `max-age` d'un an : quand le fichier change, son nom change aussi, et le cache ne sert jamais une version périmée.",
          },
        ],
        summary:
          "Cache-Control indique combien de temps une réponse reste fraîche et qui peut la conserver ; ETag et If-None-Match permettent ensuite de la revalider par un 304 sans la retélécharger.",
        seoTitle: 'Cache HTTP : Cache-Control, ETag et 304',
        seoDescription:
          "Comment Cache-Control fixe la fraîcheur d'une réponse, comment ETag et les requêtes conditionnelles la revalident et pourquoi les fichiers statiques portent une empreinte.",
      }),
      en: text({
        title: 'How do HTTP caching headers such as Cache-Control and ETag work?',
        body: [
          {
            type: 'p',
            text: 'An HTTP cache, in the browser or in a proxy, keeps responses so it can reuse them without asking the server again. Two questions drive every reuse: how long the copy stays fresh, and how to check whether it is still valid once it is not [1].',
          },
          { type: 'h2', text: 'Freshness: Cache-Control' },
          {
            type: 'ul',
            items: [
              '`max-age=600`: the response may be reused for ten minutes without contacting the server;',
              '`no-cache`: it may be stored, but must be revalidated on every use;',
              '`no-store`: it must not be stored at all, for example for personal data;',
              "`private` and `public`: only the user's browser, or shared caches too.",
            ],
          },
          { type: 'h2', text: 'Validation: ETag and conditional requests' },
          {
            type: 'p',
            text: 'When the copy has gone stale, the cache does not have to download everything again. If the response carried an `ETag`, a version identifier, the cache sends it back in `If-None-Match`; if nothing changed the server answers `304 Not Modified` with no body, and the copy is fresh again [2]. `Last-Modified` with `If-Modified-Since` does the same with a date, less precisely.',
          },
          { type: 'code', language: 'text', code: 'GET /logo.svg HTTP/1.1\nIf-None-Match: "v42"\n\nHTTP/1.1 304 Not Modified\nETag: "v42"\nCache-Control: max-age=86400' },
          {
            type: 'p',
            text: 'A common practice for static files is to put a fingerprint of the content in the file name and serve them with a one-year `max-age`: when the file changes its name changes too, and the cache never serves an old version.',
          },
        ],
        summary:
          'Cache-Control says how long a response stays fresh and who may store it; ETag and If-None-Match then let the cache revalidate it with a 304 instead of downloading it again.',
        seoTitle: 'HTTP caching: Cache-Control, ETag and 304',
        seoDescription:
          'How Cache-Control sets the freshness of a response, how ETag and conditional requests revalidate it, and why static files carry fingerprinted names.',
      }),
    },
  },

  // ------------------------------------------------------------------ DNS: DNSSEC
  {
    key: 'dnssec',
    topic: 'dns',
    sources: ['rfc4033', 'rfc4034', 'rfc4035'],
    publishedAt: '2026-11-04T08:30:00.000Z',
    content: {
      it: text({
        title: "Che cos'è DNSSEC e da che cosa protegge?",
        body: [
          {
            type: 'p',
            text: "Il DNS originale non offre alcun modo di verificare una risposta: un resolver accetta la prima che sembra corretta, e un attaccante che riesce a iniettarne una falsa può dirottare un dominio intero. DNSSEC aggiunge firme digitali ai dati DNS, così un resolver che valida può accorgersi se una risposta è stata alterata [1]. Non cifra nulla: le risposte restano leggibili, ma diventano verificabili.",
          },
          { type: 'h2', text: 'Nuovi record' },
          {
            type: 'ul',
            items: [
              '`RRSIG`: la firma di un insieme di record dello stesso nome e tipo [2];',
              '`DNSKEY`: le chiavi pubbliche della zona, con cui si verificano le firme;',
              '`DS`: nella zona madre, l\'impronta della chiave della zona figlia;',
              "`NSEC` o `NSEC3`: la prova firmata che un nome non esiste.",
            ],
          },
          { type: 'h2', text: 'La catena di fiducia' },
          {
            type: 'p',
            text: "Un resolver parte da una chiave che conosce già, quella della radice, e scende: la radice firma il record `DS` di `.it`, la zona `.it` firma il `DS` del dominio, e il dominio firma i propri record [3]. Se un anello manca o una firma non torna, il resolver risponde `SERVFAIL` invece di consegnare dati forse falsi. Per questo un errore di configurazione, come una chiave cambiata senza aggiornare il `DS`, rende il dominio irraggiungibile per chi valida.",
          },
          { type: 'code', language: 'dns', code: 'dig +dnssec esempio.it A\n;; flags: qr rd ra ad' },
          {
            type: 'p',
            text: 'Il flag `ad` (authenticated data) nella risposta indica che il resolver ha validato la catena.',
          },
        ],
        summary:
          'DNSSEC firma i dati DNS e collega le firme in una catena di fiducia dalla radice al dominio: un resolver che valida rifiuta le risposte alterate, che però restano leggibili da tutti.',
        seoTitle: 'DNSSEC: firme, record DS e catena di fiducia',
        seoDescription:
          'Da quali attacchi protegge DNSSEC, a che cosa servono i record RRSIG, DNSKEY, DS e NSEC e come un resolver valida la catena di fiducia.',
      }),
      fr: text({
        title: "Qu'est-ce que DNSSEC et contre quoi protège-t-il ?",
        body: [
          {
            type: 'p',
            text: "Le DNS d'origine n'offre aucun moyen de vérifier une réponse : un résolveur accepte la première qui semble correcte, et un attaquant qui parvient à en injecter une fausse peut détourner un domaine entier. DNSSEC ajoute des signatures numériques aux données DNS, de sorte qu'un résolveur validant peut détecter une réponse altérée [1]. Il ne chiffre rien : les réponses restent lisibles, mais deviennent vérifiables.",
          },
          { type: 'h2', text: 'De nouveaux enregistrements' },
          {
            type: 'ul',
            items: [
              "`RRSIG` : la signature d'un ensemble d'enregistrements de même nom et de même type [2] ;",
              '`DNSKEY` : les clés publiques de la zone, qui servent à vérifier les signatures ;',
              "`DS` : dans la zone parente, l'empreinte de la clé de la zone fille ;",
              "`NSEC` ou `NSEC3` : la preuve signée qu'un nom n'existe pas.",
            ],
          },
          { type: 'h2', text: 'La chaîne de confiance' },
          {
            type: 'p',
            text: "Un résolveur part d'une clé qu'il connaît déjà, celle de la racine, et descend : la racine signe l'enregistrement `DS` de `.fr`, la zone `.fr` signe le `DS` du domaine, et le domaine signe ses propres enregistrements [3]. Si un maillon manque ou qu'une signature ne correspond pas, le résolveur répond `SERVFAIL` au lieu de livrer des données peut-être fausses. C'est pourquoi une erreur de configuration, comme une clé changée sans mise à jour du `DS`, rend le domaine injoignable pour qui valide.",
          },
          { type: 'code', language: 'dns', code: 'dig +dnssec exemple.fr A\n;; flags: qr rd ra ad' },
          {
            type: 'p',
            text: 'Le drapeau `ad` (authenticated data) de la réponse indique que le résolveur a validé la chaîne.',
          },
        ],
        summary:
          "DNSSEC signe les données DNS et relie les signatures en une chaîne de confiance de la racine au domaine : un résolveur validant rejette les réponses altérées, qui restent toutefois lisibles par tous.",
        seoTitle: 'DNSSEC : signatures, enregistrements DS et confiance',
        seoDescription:
          "Contre quelles attaques protège DNSSEC, à quoi servent les enregistrements RRSIG, DNSKEY, DS et NSEC et comment un résolveur valide la chaîne de confiance.",
      }),
      en: text({
        title: 'What is DNSSEC and what does it protect against?',
        body: [
          {
            type: 'p',
            text: 'The original DNS offers no way to check an answer: a resolver accepts the first one that looks right, and an attacker who manages to inject a forged one can hijack a whole domain. DNSSEC adds digital signatures to DNS data, so a validating resolver can tell when an answer has been tampered with [1]. It encrypts nothing: answers stay readable, but become verifiable.',
          },
          { type: 'h2', text: 'New records' },
          {
            type: 'ul',
            items: [
              '`RRSIG`: the signature over a set of records with the same name and type [2];',
              "`DNSKEY`: the zone's public keys, used to check the signatures;",
              "`DS`: in the parent zone, the fingerprint of the child zone's key;",
              '`NSEC` or `NSEC3`: the signed proof that a name does not exist.',
            ],
          },
          { type: 'h2', text: 'The chain of trust' },
          {
            type: 'p',
            text: "A resolver starts from a key it already knows, the root's, and works down: the root signs the `DS` record of `.com`, the `.com` zone signs the domain's `DS`, and the domain signs its own records [3]. If a link is missing or a signature does not match, the resolver answers `SERVFAIL` rather than hand out data that may be forged. That is why a configuration mistake, such as a key changed without updating the `DS`, makes the domain unreachable for validating resolvers.",
          },
          { type: 'code', language: 'dns', code: 'dig +dnssec example.com A\n;; flags: qr rd ra ad' },
          {
            type: 'p',
            text: 'The `ad` (authenticated data) flag in the answer shows that the resolver validated the chain.',
          },
        ],
        summary:
          'DNSSEC signs DNS data and links the signatures in a chain of trust from the root down to the domain: a validating resolver rejects tampered answers, which nevertheless stay readable to everyone.',
        seoTitle: 'DNSSEC: signatures, DS records and the chain of trust',
        seoDescription:
          'Which attacks DNSSEC protects against, what the RRSIG, DNSKEY, DS and NSEC records are for, and how a resolver validates the chain of trust.',
      }),
    },
  },

  // ------------------------------------------------------------------ SMTP: delivery
  {
    key: 'smtp-delivery',
    topic: 'smtp',
    sources: ['rfc5321', 'rfc5322'],
    publishedAt: '2026-01-27T09:25:00.000Z',
    updatedAt: '2026-06-16T08:00:00.000Z',
    content: {
      it: text({
        title: 'Come viene consegnata una e-mail tramite SMTP?',
        body: [
          {
            type: 'p',
            text: "Quando si preme «Invia», il programma di posta consegna il messaggio al server del proprio provider, che si incarica di farlo arrivare a destinazione. Per trovare il server del destinatario consulta i record MX del dominio dopo la chiocciola, poi apre una connessione SMTP, di norma sulla porta 25, e dialoga con comandi di testo [1].",
          },
          { type: 'h2', text: 'Il dialogo' },
          { type: 'code', language: 'text', code: 'EHLO mail.mittente.example\nMAIL FROM:<anna@mittente.example>\nRCPT TO:<luca@destinatario.example>\nDATA\n...intestazioni e corpo...\n.\nQUIT' },
          {
            type: 'p',
            text: "`MAIL FROM` e `RCPT TO` formano la «busta», usata per l'instradamento e per gli avvisi di mancata consegna. Il messaggio vero e proprio, inviato dopo `DATA`, ha le proprie intestazioni `From:`, `To:` e `Subject:`, definite da uno standard distinto [2]. Busta e intestazioni possono differire: una lista di distribuzione, per esempio, consegna a indirizzi che nel campo `To:` non compaiono.",
          },
          { type: 'h2', text: 'Quando qualcosa va storto' },
          {
            type: 'ul',
            items: [
              'le risposte iniziano con un codice: `2xx` successo, `4xx` errore temporaneo, `5xx` errore definitivo;',
              'dopo un `4xx` il server mittente riprova per alcuni giorni prima di arrendersi [1];',
              'dopo un `5xx` o alla scadenza invia al mittente un rapporto di mancata consegna.',
            ],
          },
          {
            type: 'p',
            text: "SMTP nasce senza autenticazione del mittente: i meccanismi SPF, DKIM e DMARC sono stati aggiunti in seguito proprio per limitare gli abusi.",
          },
        ],
        summary:
          "Il server del mittente trova il server del destinatario con i record MX e gli consegna il messaggio con un dialogo SMTP (EHLO, MAIL FROM, RCPT TO, DATA); gli errori 4xx vengono ritentati, i 5xx no.",
        seoTitle: 'Consegna di una e-mail con SMTP, passo per passo',
        seoDescription:
          'Come un server di posta trova il destinatario tramite MX, che cosa si dicono due server SMTP, la differenza tra busta e intestazioni e come si gestiscono gli errori.',
      }),
      fr: text({
        title: 'Comment un e-mail est-il livré par SMTP ?',
        body: [
          {
            type: 'p',
            text: "Quand on clique sur « Envoyer », le logiciel de messagerie remet le message au serveur de son fournisseur, qui se charge de l'acheminer. Pour trouver le serveur du destinataire, il consulte les enregistrements MX du domaine situé après l'arobase, puis ouvre une connexion SMTP, en principe sur le port 25, et dialogue par des commandes textuelles [1].",
          },
          { type: 'h2', text: 'Le dialogue' },
          { type: 'code', language: 'text', code: 'EHLO mail.expediteur.example\nMAIL FROM:<anne@expediteur.example>\nRCPT TO:<luc@destinataire.example>\nDATA\n...en-têtes et corps...\n.\nQUIT' },
          {
            type: 'p',
            text: "`MAIL FROM` et `RCPT TO` forment l'« enveloppe », qui sert au routage et aux avis de non-remise. Le message proprement dit, envoyé après `DATA`, a ses propres en-têtes `From:`, `To:` et `Subject:`, définis par une norme distincte [2]. Enveloppe et en-têtes peuvent différer : une liste de diffusion, par exemple, livre à des adresses qui n'apparaissent pas dans le champ `To:`.",
          },
          { type: 'h2', text: 'Quand quelque chose se passe mal' },
          {
            type: 'ul',
            items: [
              'les réponses commencent par un code : `2xx` succès, `4xx` erreur temporaire, `5xx` erreur définitive ;',
              "après un `4xx`, le serveur expéditeur réessaie pendant quelques jours avant d'abandonner [1] ;",
              "après un `5xx` ou à l'échéance, il envoie à l'expéditeur un rapport de non-remise.",
            ],
          },
          {
            type: 'p',
            text: "SMTP est né sans authentification de l'expéditeur : les mécanismes SPF, DKIM et DMARC ont été ajoutés ensuite précisément pour limiter les abus.",
          },
        ],
        summary:
          "Le serveur de l'expéditeur trouve celui du destinataire grâce aux enregistrements MX et lui remet le message par un dialogue SMTP (EHLO, MAIL FROM, RCPT TO, DATA) ; les erreurs 4xx sont retentées, pas les 5xx.",
        seoTitle: "Livraison d'un e-mail par SMTP, étape par étape",
        seoDescription:
          "Comment un serveur de messagerie trouve le destinataire par MX, ce que se disent deux serveurs SMTP, la différence entre enveloppe et en-têtes et le traitement des erreurs.",
      }),
      en: text({
        title: 'How is an e-mail delivered over SMTP?',
        body: [
          {
            type: 'p',
            text: "When you press Send, your mail program hands the message to your provider's server, which takes care of getting it there. To find the recipient's server it looks up the MX records of the domain after the at sign, then opens an SMTP connection, normally on port 25, and talks in text commands [1].",
          },
          { type: 'h2', text: 'The dialogue' },
          { type: 'code', language: 'text', code: 'EHLO mail.sender.example\nMAIL FROM:<anna@sender.example>\nRCPT TO:<luke@recipient.example>\nDATA\n...headers and body...\n.\nQUIT' },
          {
            type: 'p',
            text: '`MAIL FROM` and `RCPT TO` make up the "envelope", used for routing and for bounce messages. The message itself, sent after `DATA`, has its own `From:`, `To:` and `Subject:` headers, defined by a separate standard [2]. Envelope and headers can differ: a mailing list, for instance, delivers to addresses that never appear in the `To:` field.',
          },
          { type: 'h2', text: 'When something goes wrong' },
          {
            type: 'ul',
            items: [
              'replies start with a code: `2xx` success, `4xx` temporary failure, `5xx` permanent failure;',
              'after a `4xx` the sending server retries for a few days before giving up [1];',
              'after a `5xx`, or when time runs out, it sends the sender a non-delivery report.',
            ],
          },
          {
            type: 'p',
            text: 'SMTP was born without sender authentication: SPF, DKIM and DMARC were added later precisely to curb abuse.',
          },
        ],
        summary:
          "The sender's server finds the recipient's server through MX records and hands over the message in an SMTP dialogue (EHLO, MAIL FROM, RCPT TO, DATA); 4xx errors are retried, 5xx errors are not.",
        seoTitle: 'How an e-mail is delivered over SMTP, step by step',
        seoDescription:
          'How a mail server finds the recipient through MX records, what two SMTP servers say to each other, envelope versus headers, and how errors are handled.',
      }),
    },
  },
]
