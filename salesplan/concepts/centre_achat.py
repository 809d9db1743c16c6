"""Les personnes qui interviennent dans un achat professionnel (centre d'achat).

The seed names five roles; the buying-centre literature adds the gatekeeper
(Webster & Wind 1972) and the initiator (Bonoma 1982).
"""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue
from salesplan.concepts._types import Role

_WEBSTER_WIND = (
    "F. E. Webster et Y. Wind, « A General Model for Understanding Organizational Buying Behavior », "
    "Journal of Marketing, avril 1972"
)
_BONOMA = "T. V. Bonoma, « Major Sales: Who Really Does the Buying? », Harvard Business Review, mai-juin 1982"

ROLES: Catalogue[Role] = Catalogue(
    "rôle du centre d'achat",
    (
        Role(
            "acheteur",
            "Acheteur",
            "Personne chargée officiellement de la relation avec les fournisseurs : elle consulte, négocie les "
            "conditions (prix, délais, paiement) et passe la commande. Dans une grande entreprise, c'est un "
            "professionnel du service achats, évalué sur les économies qu'il obtient.",
            "L'acheteur « frais généraux » d'une ETI lyonnaise reçoit Bureautik Pro pour négocier le contrat "
            "d'impression des trois sites.",
            _WEBSTER_WIND,
            conduite="Préparer une argumentation chiffrée (coût global, économies), respecter sa procédure et "
            "ses délais, anticiper ses demandes de concessions en fixant à l'avance ses marges de manœuvre.",
        ),
        Role(
            "utilisateur",
            "Utilisateur",
            "Personne ou service qui utilisera le produit ou le service acheté. Il exprime souvent le besoin, "
            "influence le choix par ses exigences pratiques et juge la solution à l'usage.",
            "Les assistantes du service comptable, qui impriment 2 000 pages par jour, veulent un copieur "
            "rapide avec agrafage automatique.",
            _WEBSTER_WIND,
            conduite="L'écouter pour comprendre les usages réels, proposer une démonstration ou un essai, "
            "soigner la formation et le suivi après l'installation : sa satisfaction fait le réachat.",
        ),
        Role(
            "prescripteur",
            "Prescripteur",
            "Personne qui, sans acheter elle-même, oriente le choix par son expertise ou son autorité : "
            "responsable informatique qui fixe les exigences techniques, consultant, architecte, bureau d'études. "
            "La littérature anglophone parle d'influenceur.",
            "Le responsable informatique impose que les copieurs soient compatibles avec l'annuaire de "
            "l'entreprise et chiffrent les documents : sans son accord, l'offre est écartée.",
            _WEBSTER_WIND,
            conduite="Lui apporter une information technique précise et vérifiable (fiches techniques, "
            "certifications, références), le rencontrer tôt pour que le cahier des charges intègre ses critères.",
        ),
        Role(
            "decideur",
            "Décideur",
            "Personne qui a le pouvoir de choisir le fournisseur et d'engager la dépense : dirigeant dans une "
            "petite entreprise, directeur ou comité de direction dans une grande, assemblée délibérante ou "
            "pouvoir adjudicateur dans le secteur public.",
            "Le directeur général de la PME valide la proposition de Bureautik Pro après l'avis de l'acheteur et "
            "du responsable informatique.",
            _WEBSTER_WIND,
            conduite="L'identifier tôt (organigramme), lui présenter des bénéfices stratégiques et financiers "
            "résumés, obtenir un rendez-vous avec lui pour la conclusion.",
        ),
        Role(
            "conseiller",
            "Conseiller",
            "Personne extérieure au circuit d'achat dont l'avis compte pour le décideur : expert-comptable, "
            "avocat, consultant, confrère, ou membre influent de l'entourage. Le rôle figure dans la carte "
            "mentale du cours ; la littérature le range parmi les influenceurs.",
            "L'expert-comptable de la PME conseille au dirigeant la location plutôt que l'achat, pour préserver "
            "sa trésorerie.",
            "Carte mentale du cours ; proche de l'influenceur de Webster et Wind (1972)",
            conduite="Repérer qui conseille le décideur, lui fournir des éléments objectifs (comparatif "
            "achat/location, coût global) et ne jamais le court-circuiter.",
        ),
        Role(
            "filtre",
            "Filtre",
            "Personne qui contrôle l'accès aux autres membres du centre d'achat et le passage de l'information : "
            "assistante de direction, standard, acheteur qui centralise les contacts (en anglais, gatekeeper).",
            "L'assistante du directeur filtre les appels : c'est elle qui accepte ou non de transmettre la "
            "demande de rendez-vous de Bureautik Pro.",
            _WEBSTER_WIND,
            conduite="La respecter et en faire une alliée : se présenter clairement, expliquer l'intérêt de la "
            "démarche pour l'entreprise, lui laisser une documentation adaptée.",
        ),
        Role(
            "initiateur",
            "Initiateur",
            "Personne qui constate le besoin et déclenche le processus d'achat (souvent un utilisateur, parfois "
            "un responsable ou un commercial extérieur).",
            "Le responsable des services généraux signale que le contrat de maintenance arrive à échéance et "
            "lance la recherche d'un nouveau prestataire.",
            _BONOMA,
            conduite="Être présent au bon moment (suivi des échéances de contrats, veille), l'aider à formuler "
            "le besoin et lui donner des arguments à transmettre en interne.",
        ),
    ),
)

__all__ = ["ROLES"]
