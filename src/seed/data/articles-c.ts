import type { SeedArticle } from '@/seed/types'
import { text } from './articleText'

/**
 * Demo articles, batch C: SSH, TCP, UDP and IPv6. Italian is the source text; French and
 * English are translations of it. `[n]` cites the n-th entry of `sources`.
 */
export const articlesC: SeedArticle[] = [
  // ------------------------------------------------------------------ SSH: public keys
  {
    key: 'ssh-public-key-auth',
    topic: 'ssh',
    sources: ['rfc4252', 'rfc4253', 'openbsd-ssh-keygen'],
    publishedAt: '2026-01-14T08:20:00.000Z',
    updatedAt: '2026-05-06T09:10:00.000Z',
    content: {
      it: text({
        title: "Come funziona l'autenticazione SSH con chiave pubblica?",
        body: [
          {
            type: 'p',
            text: "Con l'autenticazione a chiave pubblica il client dimostra di possedere una chiave privata senza mai inviarla. Il server conosce solo la chiave pubblica corrispondente, di solito elencata nel file `~/.ssh/authorized_keys` dell'utente, e accetta l'accesso se il client riesce a firmare un dato che solo quella sessione può produrre [1].",
          },
          { type: 'h2', text: 'Che cosa viene firmato' },
          {
            type: 'p',
            text: "Prima dell'autenticazione, il protocollo di trasporto ha già negoziato la cifratura e calcolato un identificatore di sessione, derivato dallo scambio di chiavi [2]. Il client firma con la propria chiave privata un messaggio che contiene questo identificatore, il nome utente e l'algoritmo scelto. Poiché l'identificatore cambia a ogni connessione, una firma intercettata non può essere riutilizzata altrove.",
          },
          {
            type: 'ol',
            items: [
              'il client propone una chiave pubblica e il server dice se la accetterebbe;',
              'il client invia la firma calcolata sui dati della sessione;',
              'il server la verifica con la chiave pubblica registrata e apre la sessione.',
            ],
          },
          { type: 'h2', text: 'Generare e proteggere la chiave' },
          {
            type: 'p',
            text: "Con OpenSSH una coppia di chiavi si crea con `ssh-keygen -t ed25519`; l'opzione `-C` aggiunge un commento per riconoscerla [3]. La chiave privata resta sul computer del client e conviene proteggerla con una passphrase, che la cifra sul disco: chi ruba il file senza conoscerla non può usarlo.",
          },
          { type: 'code', language: 'sh', code: 'ssh-keygen -t ed25519 -C "laptop di Anna"\nssh-copy-id anna@server.example' },
        ],
        summary:
          "Il client firma con la chiave privata un messaggio legato alla sessione e il server verifica la firma con la chiave pubblica registrata: la chiave privata non lascia mai il computer del client.",
        seoTitle: 'Autenticazione SSH a chiave pubblica: come funziona',
        seoDescription:
          "Perché con SSH basta una firma e non una password, che cosa firma il client, come si genera una chiave ed25519 e perché proteggerla con una passphrase.",
      }),
      fr: text({
        title: "Comment fonctionne l'authentification SSH par clé publique ?",
        body: [
          {
            type: 'p',
            text: "Avec l'authentification par clé publique, le client prouve qu'il possède une clé privée sans jamais l'envoyer. Le serveur ne connaît que la clé publique correspondante, généralement listée dans le fichier `~/.ssh/authorized_keys` de l'utilisateur, et accepte la connexion si le client parvient à signer une donnée que seule cette session peut produire [1].",
          },
          { type: 'h2', text: 'Ce qui est signé' },
          {
            type: 'p',
            text: "Avant l'authentification, le protocole de transport a déjà négocié le chiffrement et calculé un identifiant de session, dérivé de l'échange de clés [2]. Le client signe avec sa clé privée un message qui contient cet identifiant, le nom d'utilisateur et l'algorithme choisi. Comme l'identifiant change à chaque connexion, une signature interceptée ne peut pas être réutilisée ailleurs.",
          },
          {
            type: 'ol',
            items: [
              "le client propose une clé publique et le serveur indique s'il l'accepterait ;",
              'le client envoie la signature calculée sur les données de la session ;',
              'le serveur la vérifie avec la clé publique enregistrée et ouvre la session.',
            ],
          },
          { type: 'h2', text: 'Générer et protéger la clé' },
          {
            type: 'p',
            text: "Avec OpenSSH, une paire de clés se crée avec `ssh-keygen -t ed25519` ; l'option `-C` ajoute un commentaire pour la reconnaître [3]. La clé privée reste sur l'ordinateur du client et il vaut mieux la protéger par une phrase de passe, qui la chiffre sur le disque : qui vole le fichier sans la connaître ne peut pas s'en servir.",
          },
          { type: 'code', language: 'sh', code: 'ssh-keygen -t ed25519 -C "portable d\'Anne"\nssh-copy-id anne@serveur.example' },
        ],
        summary:
          "Le client signe avec sa clé privée un message lié à la session et le serveur vérifie la signature avec la clé publique enregistrée : la clé privée ne quitte jamais l'ordinateur du client.",
        seoTitle: 'Authentification SSH par clé publique : le principe',
        seoDescription:
          "Pourquoi SSH se contente d'une signature au lieu d'un mot de passe, ce que signe le client, comment générer une clé ed25519 et la protéger par une phrase de passe.",
      }),
      en: text({
        title: 'How does SSH public key authentication work?',
        body: [
          {
            type: 'p',
            text: "With public key authentication the client proves that it holds a private key without ever sending it. The server only knows the matching public key, usually listed in the user's `~/.ssh/authorized_keys` file, and lets the client in if it can sign a piece of data that only this session can produce [1].",
          },
          { type: 'h2', text: 'What gets signed' },
          {
            type: 'p',
            text: 'Before authentication starts, the transport protocol has already negotiated encryption and computed a session identifier derived from the key exchange [2]. The client signs, with its private key, a message containing this identifier, the user name and the chosen algorithm. Since the identifier changes with every connection, an intercepted signature cannot be replayed anywhere else.',
          },
          {
            type: 'ol',
            items: [
              'the client offers a public key and the server says whether it would accept it;',
              'the client sends the signature computed over the session data;',
              'the server checks it against the registered public key and opens the session.',
            ],
          },
          { type: 'h2', text: 'Generating and protecting the key' },
          {
            type: 'p',
            text: 'With OpenSSH a key pair is created with `ssh-keygen -t ed25519`; the `-C` option adds a comment to recognise it by [3]. The private key stays on the client machine and is best protected with a passphrase, which encrypts it on disk: someone who steals the file without knowing the passphrase cannot use it.',
          },
          { type: 'code', language: 'sh', code: 'ssh-keygen -t ed25519 -C "Anna\'s laptop"\nssh-copy-id anna@server.example' },
        ],
        summary:
          "The client signs a session-bound message with its private key and the server checks the signature with the registered public key: the private key never leaves the client's machine.",
        seoTitle: 'SSH public key authentication explained',
        seoDescription:
          'Why SSH needs a signature rather than a password, what exactly the client signs, how to create an ed25519 key and why to protect it with a passphrase.',
      }),
    },
  },

  // ------------------------------------------------------------------ SSH: port forwarding
  {
    key: 'ssh-port-forwarding',
    topic: 'ssh',
    sources: ['rfc4254', 'openbsd-ssh'],
    publishedAt: '2026-08-19T07:30:00.000Z',
    content: {
      it: text({
        title: "Che cos'è il port forwarding SSH e quando serve?",
        body: [
          {
            type: 'p',
            text: "Il port forwarding, o tunnel SSH, trasporta una connessione TCP dentro una sessione SSH già cifrata. Il protocollo di connessione di SSH prevede canali multipli nella stessa sessione, e alcuni tipi di canale servono proprio a inoltrare porte [1]. È utile per raggiungere un servizio che ascolta solo in locale su un server, o per attraversare un firewall che lascia passare solo SSH.",
          },
          { type: 'h2', text: 'Locale, remoto, dinamico' },
          {
            type: 'ul',
            items: [
              "`-L`: una porta del proprio computer porta a un indirizzo raggiungibile dal server, per esempio un database che ascolta su `localhost:5432` [2];",
              '`-R`: il contrario, una porta del server porta a un servizio del proprio computer;',
              '`-D`: un proxy SOCKS locale che inoltra ogni connessione attraverso il server.',
            ],
          },
          { type: 'code', language: 'sh', code: 'ssh -N -L 5433:localhost:5432 anna@db.example\npsql -h localhost -p 5433' },
          {
            type: 'p',
            text: "Nell'esempio, `-N` apre il tunnel senza eseguire comandi remoti: le connessioni alla porta locale 5433 arrivano al PostgreSQL del server come se partissero dal server stesso. Il traffico è cifrato tra i due capi del tunnel, non oltre: dal server al servizio di destinazione viaggia in chiaro se il servizio non lo cifra da sé. Gli amministratori possono limitare o vietare l'inoltro nella configurazione del server.",
          },
        ],
        summary:
          "Il port forwarding fa passare una connessione TCP dentro una sessione SSH: -L porta una porta locale verso il server, -R fa il contrario, -D crea un proxy SOCKS.",
        seoTitle: 'Port forwarding SSH: -L, -R e -D spiegati',
        seoDescription:
          'Come un tunnel SSH inoltra una connessione TCP, la differenza tra inoltro locale, remoto e dinamico, e fin dove arriva la cifratura del tunnel.',
      }),
      fr: text({
        title: "Qu'est-ce que la redirection de port SSH et quand s'en servir ?",
        body: [
          {
            type: 'p',
            text: "La redirection de port, ou tunnel SSH, transporte une connexion TCP à l'intérieur d'une session SSH déjà chiffrée. Le protocole de connexion de SSH prévoit plusieurs canaux dans une même session, et certains types de canal servent précisément à rediriger des ports [1]. C'est utile pour atteindre un service qui n'écoute qu'en local sur un serveur, ou pour traverser un pare-feu qui ne laisse passer que SSH.",
          },
          { type: 'h2', text: 'Locale, distante, dynamique' },
          {
            type: 'ul',
            items: [
              "`-L` : un port de votre ordinateur mène à une adresse joignable depuis le serveur, par exemple une base de données qui écoute sur `localhost:5432` [2] ;",
              "`-R` : l'inverse, un port du serveur mène à un service de votre ordinateur ;",
              '`-D` : un proxy SOCKS local qui fait passer chaque connexion par le serveur.',
            ],
          },
          { type: 'code', language: 'sh', code: 'ssh -N -L 5433:localhost:5432 anne@db.example\npsql -h localhost -p 5433' },
          {
            type: 'p',
            text: "Dans l'exemple, `-N` ouvre le tunnel sans exécuter de commande distante : les connexions au port local 5433 arrivent au PostgreSQL du serveur comme si elles partaient du serveur lui-même. Le trafic est chiffré entre les deux extrémités du tunnel, pas au-delà : du serveur au service de destination, il circule en clair si le service ne le chiffre pas lui-même. Les administrateurs peuvent limiter ou interdire la redirection dans la configuration du serveur.",
          },
        ],
        summary:
          "La redirection de port fait passer une connexion TCP dans une session SSH : -L mène un port local vers le serveur, -R fait l'inverse, -D crée un proxy SOCKS.",
        seoTitle: 'Redirection de port SSH : -L, -R et -D expliqués',
        seoDescription:
          "Comment un tunnel SSH redirige une connexion TCP, la différence entre redirection locale, distante et dynamique, et jusqu'où va le chiffrement du tunnel.",
      }),
      en: text({
        title: 'What is SSH port forwarding and when is it useful?',
        body: [
          {
            type: 'p',
            text: "Port forwarding, or SSH tunnelling, carries a TCP connection inside an SSH session that is already encrypted. SSH's connection protocol multiplexes several channels over one session, and some channel types exist precisely to forward ports [1]. It helps to reach a service that only listens locally on a server, or to get through a firewall that lets nothing but SSH pass.",
          },
          { type: 'h2', text: 'Local, remote, dynamic' },
          {
            type: 'ul',
            items: [
              '`-L`: a port on your machine leads to an address reachable from the server, for example a database listening on `localhost:5432` [2];',
              '`-R`: the reverse, a port on the server leads to a service on your machine;',
              '`-D`: a local SOCKS proxy that sends every connection through the server.',
            ],
          },
          { type: 'code', language: 'sh', code: 'ssh -N -L 5433:localhost:5432 anna@db.example\npsql -h localhost -p 5433' },
          {
            type: 'p',
            text: "In the example, `-N` opens the tunnel without running a remote command: connections to local port 5433 reach the server's PostgreSQL as if they came from the server itself. Traffic is encrypted between the two ends of the tunnel and no further: from the server to the target service it travels in clear unless the service encrypts it itself. Administrators can restrict or forbid forwarding in the server's configuration.",
          },
        ],
        summary:
          'Port forwarding runs a TCP connection inside an SSH session: -L takes a local port to the server side, -R does the reverse, -D creates a SOCKS proxy.',
        seoTitle: 'SSH port forwarding: -L, -R and -D explained',
        seoDescription:
          'How an SSH tunnel forwards a TCP connection, the difference between local, remote and dynamic forwarding, and how far the tunnel encryption reaches.',
      }),
    },
  },

  // ------------------------------------------------------------------ TCP: handshake
  {
    key: 'tcp-three-way-handshake',
    topic: 'tcp',
    sources: ['rfc9293', 'fall-stevens-2011-tcpip'],
    publishedAt: '2026-02-10T10:00:00.000Z',
    updatedAt: '2026-10-02T08:45:00.000Z',
    content: {
      it: text({
        title: "Che cos'è l'handshake a tre vie di TCP?",
        body: [
          {
            type: 'p',
            text: "Prima di scambiare dati, due host TCP si accordano sui numeri di sequenza da cui partire. Lo fanno con tre segmenti, da cui il nome: il client invia un SYN con il proprio numero iniziale, il server risponde con SYN+ACK, che conferma quel numero e propone il suo, e il client chiude con un ACK [1]. Da quel momento la connessione è stabilita in entrambe le direzioni.",
          },
          { type: 'h2', text: 'Perché non bastano due messaggi' },
          {
            type: 'p',
            text: "Ogni direzione ha il proprio flusso di byte numerati, e ciascuna parte deve sapere che l'altra ha ricevuto il suo numero iniziale. Con due soli messaggi il server non avrebbe conferma che il client abbia visto il suo. Il terzo segmento serve anche a scartare richieste duplicate e tardive di connessioni vecchie, che altrimenti aprirebbero sessioni fantasma [2].",
          },
          { type: 'h2', text: 'Che cosa si vede in pratica' },
          {
            type: 'ul',
            items: [
              "l'handshake costa un viaggio di andata e ritorno prima del primo byte utile;",
              'i segmenti SYN portano anche opzioni come la dimensione massima del segmento (MSS) e il window scaling;',
              'un server sommerso da SYN senza seguito subisce un SYN flood, mitigato dai SYN cookie.',
            ],
          },
          {
            type: 'p',
            text: 'La chiusura segue un percorso diverso: ciascuna direzione si chiude da sé con un FIN e il relativo ACK, per cui una connessione può restare mezza aperta finché anche l\'altra parte non ha finito di scrivere.',
          },
        ],
        summary:
          'SYN, SYN+ACK, ACK: con tre segmenti client e server si scambiano e confermano i numeri di sequenza iniziali, e la connessione TCP è aperta in entrambe le direzioni.',
        seoTitle: "L'handshake a tre vie di TCP spiegato",
        seoDescription:
          'Come SYN, SYN+ACK e ACK aprono una connessione TCP, perché servono tre messaggi e che cosa significa per latenza e attacchi SYN flood.',
      }),
      fr: text({
        title: "Qu'est-ce que la poignée de main en trois temps de TCP ?",
        body: [
          {
            type: 'p',
            text: "Avant d'échanger des données, deux hôtes TCP s'accordent sur les numéros de séquence de départ. Ils le font en trois segments, d'où le nom : le client envoie un SYN avec son numéro initial, le serveur répond par un SYN+ACK qui confirme ce numéro et propose le sien, et le client conclut par un ACK [1]. La connexion est alors établie dans les deux sens.",
          },
          { type: 'h2', text: 'Pourquoi deux messages ne suffisent pas' },
          {
            type: 'p',
            text: "Chaque sens a son propre flux d'octets numérotés, et chaque partie doit savoir que l'autre a reçu son numéro initial. Avec deux messages seulement, le serveur n'aurait aucune confirmation que le client a vu le sien. Le troisième segment permet aussi d'écarter des demandes dupliquées et tardives d'anciennes connexions, qui ouvriraient sinon des sessions fantômes [2].",
          },
          { type: 'h2', text: "Ce qu'on observe en pratique" },
          {
            type: 'ul',
            items: [
              "la poignée de main coûte un aller-retour avant le premier octet utile ;",
              'les segments SYN transportent aussi des options comme la taille maximale de segment (MSS) et le window scaling ;',
              'un serveur inondé de SYN sans suite subit un SYN flood, atténué par les SYN cookies.',
            ],
          },
          {
            type: 'p',
            text: "La fermeture suit un autre chemin : chaque sens se ferme de son côté avec un FIN et l'ACK correspondant, si bien qu'une connexion peut rester à moitié ouverte tant que l'autre partie n'a pas fini d'écrire.",
          },
        ],
        summary:
          "SYN, SYN+ACK, ACK : en trois segments, client et serveur échangent et confirment leurs numéros de séquence initiaux, et la connexion TCP est ouverte dans les deux sens.",
        seoTitle: 'La poignée de main TCP en trois temps expliquée',
        seoDescription:
          'Comment SYN, SYN+ACK et ACK ouvrent une connexion TCP, pourquoi il faut trois messages et ce que cela implique pour la latence et les attaques SYN flood.',
      }),
      en: text({
        title: 'What is the TCP three-way handshake?',
        body: [
          {
            type: 'p',
            text: 'Before exchanging data, two TCP hosts agree on the sequence numbers they will start from. They do it in three segments, hence the name: the client sends a SYN with its initial number, the server answers with a SYN+ACK that acknowledges that number and offers its own, and the client finishes with an ACK [1]. From then on the connection is established in both directions.',
          },
          { type: 'h2', text: 'Why two messages are not enough' },
          {
            type: 'p',
            text: 'Each direction has its own stream of numbered bytes, and each side must know that the other received its initial number. With only two messages the server would have no confirmation that the client saw its number. The third segment also lets the hosts discard delayed duplicate requests from old connections, which would otherwise open ghost sessions [2].',
          },
          { type: 'h2', text: 'What it means in practice' },
          {
            type: 'ul',
            items: [
              'the handshake costs one round trip before the first useful byte;',
              'SYN segments also carry options such as the maximum segment size (MSS) and window scaling;',
              'a server flooded with SYNs that never complete suffers a SYN flood, mitigated by SYN cookies.',
            ],
          },
          {
            type: 'p',
            text: 'Closing takes a different path: each direction is closed on its own with a FIN and its ACK, so a connection can stay half-open until the other side has finished writing too.',
          },
        ],
        summary:
          'SYN, SYN+ACK, ACK: in three segments the client and the server exchange and confirm their initial sequence numbers, and the TCP connection is open both ways.',
        seoTitle: 'The TCP three-way handshake explained',
        seoDescription:
          'How SYN, SYN+ACK and ACK open a TCP connection, why three messages are needed, and what it means for latency and SYN flood attacks.',
      }),
    },
  },

  // ------------------------------------------------------------------ UDP vs TCP
  {
    key: 'udp-vs-tcp',
    topic: 'udp',
    sources: ['rfc768', 'rfc8085', 'rfc9000'],
    publishedAt: '2026-05-27T09:40:00.000Z',
    content: {
      it: text({
        title: 'Quando conviene usare UDP invece di TCP?',
        body: [
          {
            type: 'p',
            text: "UDP consegna datagrammi indipendenti: niente connessione, niente ritrasmissioni, niente ordine garantito. L'intestazione occupa appena otto byte e contiene porte, lunghezza e checksum [1]. Tutto il resto, se serve, lo deve fare l'applicazione. È proprio questa assenza di garanzie a renderlo adatto ai casi in cui un dato in ritardo vale meno di un dato perso.",
          },
          { type: 'h2', text: 'I casi tipici' },
          {
            type: 'ul',
            items: [
              'interrogazioni brevi come il DNS, dove una domanda e una risposta stanno in un datagramma;',
              'voce e video in tempo reale, dove ritrasmettere un frame vecchio non serve a nessuno;',
              'giochi online e telemetria, che inviano lo stato più recente a intervalli regolari;',
              'nuovi protocolli di trasporto costruiti sopra UDP, come QUIC [3].',
            ],
          },
          { type: 'h2', text: 'Le responsabilità che passano all\'applicazione' },
          {
            type: 'p',
            text: "Le linee guida dell'IETF ricordano che chi usa UDP deve comunque controllare la congestione, limitare la dimensione dei datagrammi per evitare la frammentazione e proteggersi dagli attacchi di amplificazione, rispondendo con poco a chi chiede poco [2]. QUIC mostra fin dove si può arrivare: affidabilità, cifratura e flussi multipli reimplementati sopra UDP, senza dover cambiare i sistemi operativi.",
          },
        ],
        summary:
          "UDP conviene quando un dato in ritardo non serve più (voce, video, giochi) o quando una domanda sta in un datagramma (DNS); controllo di congestione e affidabilità restano però a carico dell'applicazione.",
        seoTitle: 'UDP o TCP: quando scegliere UDP',
        seoDescription:
          "Che cosa offre e che cosa non offre UDP, i casi in cui è la scelta giusta e le responsabilità che l'applicazione deve assumersi, fino a QUIC.",
      }),
      fr: text({
        title: 'Quand vaut-il mieux utiliser UDP plutôt que TCP ?',
        body: [
          {
            type: 'p',
            text: "UDP livre des datagrammes indépendants : pas de connexion, pas de retransmission, pas d'ordre garanti. Son en-tête tient en huit octets et contient les ports, la longueur et une somme de contrôle [1]. Tout le reste, si nécessaire, revient à l'application. C'est justement cette absence de garanties qui le rend adapté aux cas où une donnée en retard vaut moins qu'une donnée perdue.",
          },
          { type: 'h2', text: 'Les cas typiques' },
          {
            type: 'ul',
            items: [
              'les requêtes brèves comme le DNS, où une question et sa réponse tiennent dans un datagramme ;',
              "la voix et la vidéo en temps réel, où retransmettre une image périmée ne sert à personne ;",
              "les jeux en ligne et la télémétrie, qui envoient l'état le plus récent à intervalles réguliers ;",
              'les nouveaux protocoles de transport construits sur UDP, comme QUIC [3].',
            ],
          },
          { type: 'h2', text: "Les responsabilités qui passent à l'application" },
          {
            type: 'p',
            text: "Les recommandations de l'IETF rappellent qu'une application sur UDP doit tout de même contrôler la congestion, limiter la taille des datagrammes pour éviter la fragmentation et se protéger des attaques par amplification, en répondant peu à qui demande peu [2]. QUIC montre jusqu'où l'on peut aller : fiabilité, chiffrement et flux multiples réimplémentés au-dessus d'UDP, sans modifier les systèmes d'exploitation.",
          },
        ],
        summary:
          "UDP s'impose quand une donnée en retard ne sert plus (voix, vidéo, jeux) ou quand une question tient dans un datagramme (DNS) ; le contrôle de congestion et la fiabilité restent alors à la charge de l'application.",
        seoTitle: 'UDP ou TCP : quand choisir UDP',
        seoDescription:
          "Ce qu'UDP offre et n'offre pas, les cas où c'est le bon choix et les responsabilités que l'application doit assumer, jusqu'à QUIC.",
      }),
      en: text({
        title: 'When should you use UDP instead of TCP?',
        body: [
          {
            type: 'p',
            text: 'UDP delivers independent datagrams: no connection, no retransmission, no guaranteed order. Its header is just eight bytes long and holds the ports, the length and a checksum [1]. Everything else, if needed, is up to the application. That very lack of guarantees is what suits it to cases where late data is worth less than lost data.',
          },
          { type: 'h2', text: 'Typical cases' },
          {
            type: 'ul',
            items: [
              'short queries such as DNS, where a question and its answer each fit in one datagram;',
              'real-time voice and video, where retransmitting a stale frame helps nobody;',
              'online games and telemetry, which send the latest state at regular intervals;',
              'new transport protocols built on top of UDP, such as QUIC [3].',
            ],
          },
          { type: 'h2', text: 'What the application takes on' },
          {
            type: 'p',
            text: "The IETF's guidelines point out that a UDP application must still control congestion, keep datagrams small enough to avoid fragmentation and guard against amplification attacks by answering little to whoever asks little [2]. QUIC shows how far this can go: reliability, encryption and multiple streams rebuilt on top of UDP, without changing operating systems.",
          },
        ],
        summary:
          'UDP fits when late data is useless (voice, video, games) or when a question fits in one datagram (DNS); congestion control and reliability then become the application\'s job.',
        seoTitle: 'UDP or TCP: when to choose UDP',
        seoDescription:
          'What UDP gives and does not give you, the cases where it is the right choice, and the duties the application has to take on, up to QUIC.',
      }),
    },
  },

  // ------------------------------------------------------------------ IPv6 addresses
  {
    key: 'ipv6-addresses',
    topic: 'ipv6',
    sources: ['rfc8200', 'rfc4291', 'rfc5952'],
    publishedAt: '2026-03-03T08:00:00.000Z',
    updatedAt: '2026-03-24T16:30:00.000Z',
    content: {
      it: text({
        title: 'Come si scrive un indirizzo IPv6 e perché ha 128 bit?',
        body: [
          {
            type: 'p',
            text: "IPv6 porta gli indirizzi da 32 a 128 bit [1]. Il motivo principale è l'esaurimento di IPv4, ma lo spazio enorme serve anche a semplificare: ogni rete locale riceve di norma un prefisso /64, e gli host possono costruirsi da soli la parte finale dell'indirizzo senza un server che la assegni.",
          },
          { type: 'h2', text: 'La notazione' },
          {
            type: 'p',
            text: "Un indirizzo si scrive come otto gruppi di quattro cifre esadecimali separati da due punti. Gli zeri iniziali di ogni gruppo si possono omettere, e una sola sequenza di gruppi nulli consecutivi si può sostituire con `::` [2]. Così `2001:0db8:0000:0000:0000:ff00:0042:8329` diventa `2001:db8::ff00:42:8329`.",
          },
          {
            type: 'p',
            text: 'Poiché le varianti possibili sono molte, una raccomandazione successiva fissa una forma canonica, utile per confrontare indirizzi e cercarli nei log [3]:',
          },
          {
            type: 'ul',
            items: [
              'cifre esadecimali in minuscolo;',
              'zeri iniziali sempre omessi;',
              '`::` usato per la sequenza di zeri più lunga, e mai per un solo gruppo;',
              'negli URL l\'indirizzo va tra parentesi quadre, per esempio `http://[2001:db8::1]:8080/`.',
            ],
          },
          { type: 'h2', text: 'Indirizzi da riconoscere' },
          {
            type: 'p',
            text: "`::1` è il loopback, gli indirizzi che iniziano con `fe80::` sono link-local e valgono solo sul collegamento, e `2001:db8::/32` è riservato alla documentazione, per questo compare negli esempi come questo.",
          },
        ],
        summary:
          'Un indirizzo IPv6 ha 128 bit, scritti come otto gruppi esadecimali; gli zeri iniziali si omettono e una sequenza di gruppi nulli diventa «::», con una forma canonica in minuscolo.',
        seoTitle: 'Indirizzi IPv6: notazione e forma canonica',
        seoDescription:
          'Perché IPv6 usa indirizzi a 128 bit, come si abbreviano con «::», qual è la forma canonica e quali indirizzi speciali riconoscere subito.',
      }),
      fr: text({
        title: "Comment s'écrit une adresse IPv6 et pourquoi fait-elle 128 bits ?",
        body: [
          {
            type: 'p',
            text: "IPv6 fait passer les adresses de 32 à 128 bits [1]. La raison principale est l'épuisement d'IPv4, mais cet espace immense sert aussi à simplifier : chaque réseau local reçoit en principe un préfixe /64, et les hôtes peuvent construire eux-mêmes la fin de leur adresse sans serveur pour l'attribuer.",
          },
          { type: 'h2', text: 'La notation' },
          {
            type: 'p',
            text: "Une adresse s'écrit en huit groupes de quatre chiffres hexadécimaux séparés par deux-points. Les zéros de tête de chaque groupe peuvent être omis, et une seule suite de groupes nuls consécutifs peut être remplacée par `::` [2]. Ainsi `2001:0db8:0000:0000:0000:ff00:0042:8329` devient `2001:db8::ff00:42:8329`.",
          },
          {
            type: 'p',
            text: 'Comme les variantes possibles sont nombreuses, une recommandation ultérieure fixe une forme canonique, utile pour comparer des adresses et les chercher dans les journaux [3] :',
          },
          {
            type: 'ul',
            items: [
              'chiffres hexadécimaux en minuscules ;',
              'zéros de tête toujours omis ;',
              '`::` réservé à la plus longue suite de zéros, et jamais pour un seul groupe ;',
              "dans les URL, l'adresse se met entre crochets, par exemple `http://[2001:db8::1]:8080/`.",
            ],
          },
          { type: 'h2', text: 'Des adresses à reconnaître' },
          {
            type: 'p',
            text: "`::1` est l'adresse de bouclage, les adresses qui commencent par `fe80::` sont de lien local et ne valent que sur le lien, et `2001:db8::/32` est réservé à la documentation, c'est pourquoi il apparaît dans les exemples comme celui-ci.",
          },
        ],
        summary:
          "Une adresse IPv6 compte 128 bits, écrits en huit groupes hexadécimaux ; les zéros de tête s'omettent et une suite de groupes nuls devient « :: », avec une forme canonique en minuscules.",
        seoTitle: 'Adresses IPv6 : notation et forme canonique',
        seoDescription:
          "Pourquoi IPv6 utilise des adresses de 128 bits, comment les abréger avec « :: », quelle est la forme canonique et quelles adresses spéciales reconnaître.",
      }),
      en: text({
        title: 'How is an IPv6 address written and why is it 128 bits long?',
        body: [
          {
            type: 'p',
            text: 'IPv6 takes addresses from 32 to 128 bits [1]. The main reason is the exhaustion of IPv4, but the huge space also makes things simpler: each local network normally gets a /64 prefix, and hosts can build the last part of their address themselves, with no server handing it out.',
          },
          { type: 'h2', text: 'The notation' },
          {
            type: 'p',
            text: 'An address is written as eight groups of four hexadecimal digits separated by colons. Leading zeros in each group may be dropped, and one single run of consecutive all-zero groups may be replaced with `::` [2]. So `2001:0db8:0000:0000:0000:ff00:0042:8329` becomes `2001:db8::ff00:42:8329`.',
          },
          {
            type: 'p',
            text: 'Because so many variants are possible, a later recommendation sets a canonical form, which helps when comparing addresses or searching logs for them [3]:',
          },
          {
            type: 'ul',
            items: [
              'hexadecimal digits in lower case;',
              'leading zeros always dropped;',
              '`::` used for the longest run of zeros, and never for a single group;',
              'in URLs the address goes in square brackets, for example `http://[2001:db8::1]:8080/`.',
            ],
          },
          { type: 'h2', text: 'Addresses worth recognising' },
          {
            type: 'p',
            text: '`::1` is the loopback address, addresses starting with `fe80::` are link-local and only valid on their link, and `2001:db8::/32` is reserved for documentation, which is why it appears in examples like this one.',
          },
        ],
        summary:
          'An IPv6 address has 128 bits, written as eight hexadecimal groups; leading zeros are dropped and one run of zero groups becomes "::", with a lower-case canonical form.',
        seoTitle: 'IPv6 addresses: notation and canonical form',
        seoDescription:
          'Why IPv6 uses 128-bit addresses, how to shorten them with "::", what the canonical form is, and which special addresses to recognise at a glance.',
      }),
    },
  },
]
